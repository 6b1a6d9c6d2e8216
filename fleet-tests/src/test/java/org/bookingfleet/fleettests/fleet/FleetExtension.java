package org.bookingfleet.fleettests.fleet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts the fleet once per test JVM, before the first class that needs it, and stops it
 * with {@code ./fleet down} when the JVM's tests are done. A fleet that cannot start
 * fails every class with the reason, once found.
 */
public final class FleetExtension implements BeforeAllCallback {

	/**
	 * The secret the fleet script gives the payment service; the Stripe sandbox must sign
	 * with the same one.
	 */
	public static final String WEBHOOK_SECRET = "whsec_localfleet0123456789abcdef";

	/**
	 * How long a waitlist offer holds its slot in the fleet under test (15 minutes in a
	 * real one): long enough for a browser to book an offer on a busy machine, short
	 * enough that the test of a lapsing offer waits little.
	 */
	public static final String WAITLIST_OFFER_WINDOW = "30s";

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(FleetExtension.class);

	private static volatile RunningFleet running;

	@Override
	public void beforeAll(ExtensionContext context) {
		RunningFleet fleet = context.getRoot()
			.getStore(NAMESPACE)
			.getOrComputeIfAbsent(RunningFleet.class, type -> start(), RunningFleet.class);
		fleet.failure().ifPresent(failure -> {
			throw new IllegalStateException("the fleet did not start: " + failure.getMessage(), failure);
		});
		running = fleet;
	}

	/** The fleet of this JVM; only inside a class extended with this extension. */
	public static RunningFleet fleet() {
		if (running == null) {
			throw new IllegalStateException("no fleet: extend the test class with FleetExtension");
		}
		return running;
	}

	/**
	 * Starts the fleet with what the tests need around it; the result says why when it
	 * could not start.
	 */
	public static RunningFleet start() {
		Path root = LocalFleet.checkoutRoot();
		Path state = root.resolve("fleet-tests/target/fleet");
		PartnerSandbox partners = PartnerSandbox.start();
		Map<String, String> environment = new LinkedHashMap<>();
		environment.put("FLEET_DIR", state.toString());
		environment.put("FLEET_SKIP_BUILD", "1");
		environment.put("SANDBOX_WEBHOOK_SECRET", WEBHOOK_SECRET);
		environment.put("STRIPE_WEBHOOK_SECRET", WEBHOOK_SECRET);
		environment.putAll(partners.environment());
		environment.put("SPRING_APPLICATION_JSON", RateLimits.generous());
		// a waitlist offer lapses within the tests' patience, so that the next in line is
		// seen to get it
		environment.put("BOOKING_WAITLIST_OFFER_WINDOW", WAITLIST_OFFER_WINDOW);
		// each test opens the providers it books with; DemoBusinessesIntegrationTest
		// seeds the demo itself
		environment.put("FLEET_DEMO", "off");
		// tests are short: C1 alone starts the fleet sooner and is not outgrown in their
		// minutes (the benchmarks, which
		// measure peak speed, keep ./fleet's tiered default; FLEET_APP_JAVA_OPTS set
		// outside wins)
		if (System.getenv("FLEET_APP_JAVA_OPTS") == null && !Boolean.getBoolean("fleet.peak")) {
			environment.put("FLEET_APP_JAVA_OPTS", "-Xmx192m -XX:+UseSerialGC -XX:TieredStopAtLevel=1");
		}
		LocalFleet fleet = new LocalFleet(root, state, environment);
		try {
			fleet.refuseTakenPorts();
			deleteQuietly(state);
			Files.createDirectories(state);
		}
		catch (IllegalStateException | IOException e) {
			partners.close();
			return RunningFleet.failed(e);
		}
		RunningFleet running = new RunningFleet(fleet, partners);
		Runtime.getRuntime().addShutdownHook(new Thread(running::close, "fleet-down"));
		try {
			fleet.up();
			fleet.requireOwnProcesses();
			CatalogReplicas.awaitEverywhere();
			return running;
		}
		catch (RuntimeException e) {
			running.close();
			return RunningFleet.failed(e);
		}
	}

	private static void deleteQuietly(Path dir) throws IOException {
		if (!Files.exists(dir)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(dir)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
	}

}
