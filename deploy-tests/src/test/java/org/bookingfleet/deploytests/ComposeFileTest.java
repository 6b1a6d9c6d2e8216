package org.bookingfleet.deploytests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * docker-compose.yml, read statically: no engine runs it here. It names the images the
 * Jib build makes and starts each application after what it needs is healthy, with the
 * configuration it reads.
 */
class ComposeFileTest {

	@Test
	void composeFileRunsEveryApplicationFromItsImageWhenItsDependenciesAreHealthy() {
		List<Application> applications = Application.all();

		List<String> violations = ComposePromises.check(Repository.read(Repository.path("docker-compose.yml")),
				applications, ComposePromises.jibImages(applications));

		assertThat(violations).as("broken promises of docker-compose.yml").isEmpty();
	}

	@Test
	void jibNamesOneImagePerApplication() {
		assertThat(ComposePromises.jibImages(Application.all())).containsEntry("gateway", "bookingfleet/gateway:0.1.0")
			.containsEntry("payment-service", "bookingfleet/payment-service:0.1.0");
	}

}
