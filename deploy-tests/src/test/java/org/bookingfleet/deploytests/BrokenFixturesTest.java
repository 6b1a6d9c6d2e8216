package org.bookingfleet.deploytests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The same checks on small manifests and a compose file that break each promise: every
 * check can fail, and says which object broke what.
 */
class BrokenFixturesTest {

	private static final String FIXTURES = "deploy-tests/src/test/resources/broken/";

	@Test
	void brokenManifestsFailTheSchemaChecks() {
		Manifests manifests = Manifests.read(Kustomize.render(Repository.path(FIXTURES + "kustomize")));

		assertEachFound(manifests.schemaViolations(), List.of(
				"Service pricing-service does not fit the schema: The field `prots` in the JSON string is not defined",
				"HorizontalPodAutoscaler without-maximum does not fit the schema: The required field `maxReplicas`",
				"Secret pricing-service-secrets: secrets are created in the cluster",
				"Job not-a-kind-of-the-fleet: batch/v1/Job is not a kind these manifests may contain",
				"KafkaTopic booking-events does not fit the schema: Unrecognized field \"partition\""));
	}

	@Test
	void brokenManifestsFailThePromises() {
		Manifests manifests = Manifests.read(Kustomize.render(Repository.path(FIXTURES + "kustomize")));

		List<String> violations = FleetPromises.check(manifests, Application.all(), FleetPromises.fleetTopics());

		assertEachFound(violations, List.of("gateway: no Deployment", "booking-service: no Deployment",
				"pricing-service container pricing-service: no HTTP liveness probe",
				"pricing-service container pricing-service: the readiness probe asks /actuator/health, not /actuator/health/readiness",
				"pricing-service container pricing-service: the readiness probe asks port http, not the application's 8081",
				"pricing-service container pricing-service: no memory request",
				"pricing-service container pricing-service: no cpu limit",
				"pricing-service container pricing-service: does not run with runAsNonRoot: true",
				"pricing-service container pricing-service: STRIPE_SECRET_KEY (env) is not a variable the application reads",
				"pricing-service container pricing-service: STRIPE_SECRET_KEY is a credential given inline, not by secretKeyRef",
				"pricing-service container pricing-service: NOT_READ_BY_PRICING (ConfigMap pricing-service-config-",
				"pricing-service container pricing-service: SPRING_MAIL_PROPERTIES_MAIL_SMTP_STARTTLS_ENABLE (ConfigMap pricing-service-config-",
				"pricing-service container pricing-service: DB_PASSWORD is a credential in ConfigMap pricing-service-config-",
				"pricing-service: QUOTE_SIGNING_KEY is not set from a Secret",
				"pricing-service: PORT 9999 is not the port the application is built to serve, 8081",
				"pricing-service: no HorizontalPodAutoscaler scales its Deployment",
				"pricing-service: no PodDisruptionBudget selects its pods",
				"pricing-service: no NetworkPolicy of its own selects its pods",
				"KafkaTopic catalog-events: no strimzi.io/cluster label",
				"KafkaTopic catalog-events: partitions or replicas not set", "topic catalog.events.dlq: no KafkaTopic",
				"topic payment.events: no KafkaTopic"));
	}

	@Test
	void brokenComposeFileFailsThePromises() {
		List<Application> applications = Application.all();

		List<String> violations = ComposePromises.check(
				Repository.read(Repository.path(FIXTURES + "docker-compose.yml")), applications,
				ComposePromises.jibImages(applications));

		assertEachFound(violations, List.of("compose service gateway: no service",
				"compose service pricing-service: image bookingfleet/pricing:latest is not the one the Jib build names, bookingfleet/pricing-service:0.1.0",
				"compose service pricing-service: no healthcheck",
				"compose service pricing-service: NOT_A_SETTING is not a variable the application reads",
				"compose service pricing-service: depends_on is a list",
				"compose service availability-service: depends on postgres without condition service_healthy",
				"compose service availability-service: KAFKA_BOOTSTRAP_SERVERS points at kafka, which it does not wait for",
				"compose service availability-service: PORT 9000 is not the port the application is built to serve, 8082",
				"compose service availability-service: the healthcheck asks neither $PORT nor 9000"));
	}

	private static void assertEachFound(List<String> violations, List<String> expected) {
		for (String failure : expected) {
			assertThat(violations).as("violations reported").anySatisfy(found -> assertThat(found).startsWith(failure));
		}
	}

}
