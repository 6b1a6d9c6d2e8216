package org.bookingfleet.deploytests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.kubernetes.client.openapi.models.V1Deployment;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every overlay of deploy/, rendered by kustomize, fits the schemas and keeps the fleet's
 * promises.
 */
class DeploymentManifestsTest {

	private static List<Application> applications;

	@BeforeAll
	static void readApplications() {
		applications = Application.all();
	}

	@ParameterizedTest(name = "overlays/{0}")
	@ValueSource(strings = { "local", "production" })
	void overlayRendersToObjectsThatFitTheirSchemas(String overlay) {
		Manifests manifests = Manifests.read(Kustomize.render(Repository.path("deploy/overlays/" + overlay)));

		assertThat(manifests.schemaViolations()).as("objects that do not fit their schema").isEmpty();
		assertThat(manifests.all(V1Deployment.class)).hasSizeGreaterThanOrEqualTo(applications.size());
		assertThat(manifests.all(KafkaTopic.class)).isNotEmpty();
	}

	@ParameterizedTest(name = "overlays/{0}")
	@ValueSource(strings = { "local", "production" })
	void overlayKeepsTheFleetsPromises(String overlay) {
		Manifests manifests = Manifests.read(Kustomize.render(Repository.path("deploy/overlays/" + overlay)));

		assertThat(FleetPromises.check(manifests, applications, FleetPromises.fleetTopics()))
			.as("broken promises of overlays/" + overlay)
			.isEmpty();
	}

}
