package org.bookingfleet.deploytests;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * What docker-compose.yml promises, read as YAML (anchors and merge keys resolved): every
 * application runs from the image the Jib build names, answers a healthcheck, starts only
 * after what its environment points at is healthy, is configured only under names it
 * reads, and serves and publishes the port it is built for.
 */
final class ComposePromises {

	/**
	 * The host of a value such as {@code postgres}, {@code kafka:9092} or
	 * {@code http://pricing-service:8081}.
	 */
	private static final Pattern HOST = Pattern
		.compile("^(?:[a-z][a-z0-9+.-]*://)?([A-Za-z0-9.-]+)(?::\\d+)?(?:/.*)?$");

	private static final Pattern ADDRESS_VARIABLE = Pattern.compile(".*(_HOST|_URL|_BASE|_SERVERS)");

	private final Map<String, Object> services;

	private final List<String> violations = new ArrayList<>();

	private ComposePromises(Map<String, Object> services) {
		this.services = services;
	}

	static List<String> check(String compose, List<Application> applications, Map<String, String> images) {
		Object document = new Yaml(new SafeConstructor(new LoaderOptions())).load(compose);
		Map<String, Object> services = map(map(document).get("services"));
		ComposePromises promises = new ComposePromises(services);
		if (services.isEmpty()) {
			promises.violations.add("no services");
		}
		for (Application application : applications) {
			promises.checkService(application, images.get(application.name()));
		}
		return List.copyOf(promises.violations);
	}

	/**
	 * The image each application's Jib build names: the root pom's jib-maven-plugin
	 * {@code to.image}, with the module's artifactId.
	 */
	static Map<String, String> jibImages(List<Application> applications) {
		String pattern = text(xml(Repository.path("pom.xml")), "jib-maven-plugin", "to", "image");
		Map<String, String> images = new LinkedHashMap<>();
		for (Application application : applications) {
			Document module = xml(Repository.path(application.name()).resolve("pom.xml"));
			String artifactId = directChild(module.getDocumentElement(), "artifactId").getTextContent().trim();
			images.put(application.name(), pattern.replace("${project.artifactId}", artifactId));
		}
		return images;
	}

	private void checkService(Application application, String image) {
		String name = application.name();
		if (!this.services.containsKey(name)) {
			violation(name, "no service");
			return;
		}
		Map<String, Object> service = map(this.services.get(name));
		if (!String.valueOf(image).equals(service.get("image"))) {
			violation(name, "image " + service.get("image") + " is not the one the Jib build names, " + image);
		}
		Map<String, Object> healthcheck = map(service.get("healthcheck"));
		if (healthcheck.get("test") == null || Boolean.TRUE.equals(healthcheck.get("disable"))) {
			violation(name, "no healthcheck");
		}
		Map<String, String> environment = environment(service.get("environment"));
		environment.keySet()
			.stream()
			.filter(variable -> !application.reads().contains(variable))
			.forEach(variable -> violation(name, variable + " is not a variable the application reads"));
		checkDependencies(name, service, environment);
		checkPort(application, service, environment, healthcheck);
	}

	private void checkDependencies(String name, Map<String, Object> service, Map<String, String> environment) {
		Object dependsOn = service.get("depends_on");
		if (dependsOn instanceof List<?>) {
			violation(name, "depends_on is a list: it waits for containers to start, not to be healthy");
			return;
		}
		Map<String, Object> dependencies = map(dependsOn);
		dependencies.forEach((dependency, how) -> {
			if (!"service_healthy".equals(map(how).get("condition"))) {
				violation(name, "depends on " + dependency + " without condition service_healthy");
			}
		});
		environment.forEach((variable, value) -> {
			if (!ADDRESS_VARIABLE.matcher(variable).matches()) {
				return;
			}
			for (String address : value.split(",")) {
				Matcher host = HOST.matcher(address.trim());
				if (host.matches() && this.services.containsKey(host.group(1)) && !host.group(1).equals(name)
						&& !dependencies.containsKey(host.group(1))) {
					violation(name, variable + " points at " + host.group(1) + ", which it does not wait for");
				}
			}
		});
	}

	private void checkPort(Application application, Map<String, Object> service, Map<String, String> environment,
			Map<String, Object> healthcheck) {
		String name = application.name();
		int port = application.servedPort(environment);
		application.wrongPort(environment).ifPresent(what -> violation(name, what));
		Object ports = service.get("ports");
		if (ports instanceof List<?> published) {
			for (Object mapping : published) {
				String text = String.valueOf(mapping);
				String container = text.substring(text.lastIndexOf(':') + 1).replace("/tcp", "");
				if (!container.equals(String.valueOf(port))) {
					violation(name, "publishes container port " + container + ", the application serves " + port);
				}
			}
		}
		String test = String.valueOf(healthcheck.get("test"));
		if (healthcheck.get("test") != null && !test.contains("$$PORT") && !test.contains(String.valueOf(port))) {
			violation(name, "the healthcheck asks neither $PORT nor " + port);
		}
	}

	private static Map<String, String> environment(Object environment) {
		Map<String, String> variables = new LinkedHashMap<>();
		if (environment instanceof Map<?, ?> entries) {
			entries.forEach(
					(key, value) -> variables.put(String.valueOf(key), value == null ? "" : String.valueOf(value)));
		}
		else if (environment instanceof List<?> entries) {
			for (Object entry : entries) {
				String[] pair = String.valueOf(entry).split("=", 2);
				variables.put(pair[0], pair.length > 1 ? pair[1] : "");
			}
		}
		return variables;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Object value) {
		return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
	}

	private void violation(String service, String what) {
		this.violations.add("compose service " + service + ": " + what);
	}

	private static Document xml(Path file) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			return factory.newDocumentBuilder().parse(file.toFile());
		}
		catch (Exception ex) {
			throw new IllegalStateException("cannot read " + file, ex);
		}
	}

	/** The text at {@code path} below the plugin with this artifactId. */
	private static String text(Document pom, String plugin, String... path) {
		NodeList artifacts = pom.getElementsByTagName("artifactId");
		for (int i = 0; i < artifacts.getLength(); i++) {
			Node artifact = artifacts.item(i);
			if (plugin.equals(artifact.getTextContent().trim())
					&& artifact.getParentNode() instanceof Element candidate) {
				Element configuration = directChild(candidate, "configuration");
				Element at = configuration;
				for (String step : path) {
					at = at == null ? null : directChild(at, step);
				}
				if (at != null) {
					return at.getTextContent().trim();
				}
			}
		}
		throw new IllegalStateException("no " + plugin + " configuration with " + String.join("/", path));
	}

	private static Element directChild(Element parent, String name) {
		for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element element && name.equals(element.getTagName())) {
				return element;
			}
		}
		return null;
	}

}
