package org.bookingfleet.testsupport;

import org.testcontainers.DockerClientFactory;

/**
 * The one switch between Testcontainers and servers started in or beside the test JVM:
 * system property or environment {@code fleet.test.infrastructure} = {@code auto}
 * (containers when a Docker engine answers), {@code containers} or {@code embedded}. Both
 * run the same PostgreSQL and Kafka, so the same SQL and the same client code are tested
 * either way.
 */
public enum Infrastructure {

	CONTAINERS, EMBEDDED;

	public static Infrastructure chosen() {
		String choice = System.getProperty("fleet.test.infrastructure",
				System.getenv().getOrDefault("FLEET_TEST_INFRASTRUCTURE", "auto"));
		return switch (choice) {
			case "containers" -> CONTAINERS;
			case "embedded" -> EMBEDDED;
			default -> dockerAnswers() ? CONTAINERS : EMBEDDED;
		};
	}

	private static boolean dockerAnswers() {
		boolean configured = System.getenv("DOCKER_HOST") != null
				|| java.nio.file.Files.exists(java.nio.file.Path.of("/var/run/docker.sock")) || java.nio.file.Files
					.exists(java.nio.file.Path.of(System.getProperty("user.home"), ".testcontainers.properties"));
		if (!configured) {
			return false;
		}
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException | LinkageError ex) {
			return false;
		}
	}

}
