package org.bookingfleet.deploytests;

import java.beans.IntrospectionException;
import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bookingfleet.platform.EventsProperties;

/**
 * What one application of the fleet reads from its environment, taken from its own
 * sources: the placeholders of its application.yml, the {@code fleet.events.*} properties
 * when it is built on the platform (Spring binds them from FLEET_EVENTS_*), the JavaMail
 * session's TLS settings when it sends email (Spring binds SPRING_MAIL_PROPERTIES_* into
 * {@code spring.mail.properties}), and the JVM's own JAVA_TOOL_OPTIONS.
 */
record Application(String name, int port, Map<String, String> defaults, Set<String> reads) {

	/** The fleet's applications, as the issue and docs/architecture.md name them. */
	static final List<String> NAMES = List.of("gateway", "pricing-service", "availability-service", "booking-service",
			"payment-service", "integration-service", "identity");

	private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(?::([^}]*))?}");

	private static final Pattern SERVER_PORT = Pattern.compile("(?m)^server:\\s*\\n(?:\\s+.*\\n)*?\\s+port:\\s*(.+)$");

	/** A variable that carries a credential; a publishable key is public by design. */
	private static final Pattern CREDENTIAL = Pattern.compile(".*(PASSWORD|SECRET|TOKEN|(?<!PUBLISHABLE)_KEY)");

	/**
	 * TLS to the SMTP relay, STARTTLS or implicit: Spring binds these into the JavaMail
	 * session of an application that configures {@code spring.mail} (the map
	 * {@code spring.mail.properties} takes any JavaMail key; only these are accepted).
	 */
	private static final Set<String> MAIL_SESSION = Set.of("SPRING_MAIL_PROPERTIES_MAIL_SMTP_STARTTLS_ENABLE",
			"SPRING_MAIL_PROPERTIES_MAIL_SMTP_STARTTLS_REQUIRED", "SPRING_MAIL_PROPERTIES_MAIL_SMTP_SSL_ENABLE");

	private static final Pattern SPRING_MAIL = Pattern.compile("(?m)^spring:\\s*\\n(?:\\s+.*\\n)*?  mail:\\s*$");

	/** Read by the JVM itself, not by the application's configuration. */
	private static final String JVM_OPTIONS = "JAVA_TOOL_OPTIONS";

	/**
	 * Whose tokens to trust: read by {@code TokenTrust} of fleet-web, which the gateway
	 * and every service are built on, under these names.
	 */
	private static final Set<String> TOKEN_TRUST = Set.of("FLEET_ISSUER_URI", "FLEET_JWK_SET_URI",
			"FLEET_LOCAL_TOKENS");

	static List<Application> all() {
		return NAMES.stream().map(Application::of).toList();
	}

	static Application of(String name) {
		Path module = Repository.path(name);
		String config = Repository.read(module.resolve("src/main/resources/application.yml"));
		Map<String, String> defaults = new LinkedHashMap<>();
		Matcher placeholder = PLACEHOLDER.matcher(config);
		while (placeholder.find()) {
			defaults.putIfAbsent(placeholder.group(1), placeholder.group(2) == null ? "" : placeholder.group(2));
		}
		Set<String> reads = new TreeSet<>(defaults.keySet());
		reads.add(JVM_OPTIONS);
		String pom = Repository.read(module.resolve("pom.xml"));
		if (dependsOn(pom, "fleet-platform")) {
			reads.addAll(environmentNames("FLEET_EVENTS", EventsProperties.class));
		}
		if (dependsOn(pom, "fleet-platform") || dependsOn(pom, "fleet-web")) {
			reads.addAll(TOKEN_TRUST);
		}
		if (pom.contains("<artifactId>spring-boot-starter-mail</artifactId>") && SPRING_MAIL.matcher(config).find()) {
			reads.addAll(MAIL_SESSION);
		}
		return new Application(name, serverPort(name, config, defaults), Map.copyOf(defaults), Set.copyOf(reads));
	}

	/**
	 * Whether the pom names the artifact as a dependency, not as an exclusion (identity
	 * excludes fleet-platform from its test support).
	 */
	static boolean dependsOn(String pom, String artifact) {
		return Pattern.compile("(?m)^(?!.*<exclusion>).*<artifactId>" + Pattern.quote(artifact) + "</artifactId>")
			.matcher(pom)
			.find();
	}

	/** {@code server.port}, a number or {@code ${PORT:number}}. */
	private static int serverPort(String name, String config, Map<String, String> defaults) {
		Matcher port = SERVER_PORT.matcher(config);
		if (!port.find()) {
			throw new IllegalStateException(name + ": no server.port in application.yml");
		}
		String value = port.group(1).trim();
		Matcher placeholder = PLACEHOLDER.matcher(value);
		return Integer.parseInt(placeholder.matches() ? defaults.get(placeholder.group(1)) : value);
	}

	/**
	 * The environment variables Spring's relaxed binding maps onto a properties class and
	 * its nested groups.
	 */
	static Set<String> environmentNames(String prefix, Class<?> properties) {
		Set<String> names = new TreeSet<>();
		try {
			for (PropertyDescriptor property : Introspector.getBeanInfo(properties, Object.class)
				.getPropertyDescriptors()) {
				String name = prefix + "_" + property.getName().toUpperCase(Locale.ROOT);
				Class<?> type = property.getPropertyType();
				if (property.getWriteMethod() != null) {
					names.add(name);
				}
				else if (type != null && type.getName().startsWith("org.bookingfleet.") && !type.isEnum()
						&& type != Duration.class) {
					names.addAll(environmentNames(name, type));
				}
			}
		}
		catch (IntrospectionException ex) {
			throw new IllegalStateException(ex);
		}
		return names;
	}

	/**
	 * The port the application serves with this environment: PORT when it is set, else
	 * the one it is built for.
	 */
	int servedPort(Map<String, String> environment) {
		return environment.containsKey("PORT") ? Integer.parseInt(environment.get("PORT")) : this.port;
	}

	/**
	 * Why this environment makes the application serve another port than the one it is
	 * built for, if it does.
	 */
	Optional<String> wrongPort(Map<String, String> environment) {
		int served = servedPort(environment);
		return served == this.port ? Optional.empty()
				: Optional.of("PORT " + served + " is not the port the application is built to serve, " + this.port);
	}

	boolean isCredential(String variable) {
		return CREDENTIAL.matcher(variable).matches();
	}

	/**
	 * Credentials with a built-in value: left unset, the application runs on a value
	 * anyone can read.
	 */
	Set<String> credentialsWithBuiltInValues() {
		Set<String> credentials = new TreeSet<>();
		this.defaults.forEach((variable, value) -> {
			if (isCredential(variable) && !value.isEmpty()) {
				credentials.add(variable);
			}
		});
		return credentials;
	}

}
