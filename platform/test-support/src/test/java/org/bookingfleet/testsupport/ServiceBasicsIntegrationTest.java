package org.bookingfleet.testsupport;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/** What every service of the fleet has from the platform: probes that cover its database and broker, metrics, OpenAPI. */
@FleetIntegrationTest
@AutoConfigureWebTestClient
class ServiceBasicsIntegrationTest {

	@Autowired
	WebTestClient web;

	@Test
	void readinessCoversTheDatabaseAndTheBroker() {
		this.web.get().uri("/actuator/health/readiness")
			.exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.status").isEqualTo("UP")
			.jsonPath("$.components.r2dbc.status").isEqualTo("UP")
			.jsonPath("$.components.kafka.status").isEqualTo("UP");
	}

	@Test
	void livenessIsUp() {
		this.web.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
	}

	@Test
	void prometheusMetricsAreServed() {
		this.web.get().uri("/actuator/prometheus")
			.exchange()
			.expectStatus().isOk()
			.expectBody(String.class)
			.value(body -> org.assertj.core.api.Assertions.assertThat(body).contains("jvm_memory_used_bytes"));
	}

	@Test
	void openApiDocumentDescribesTheEndpoints() {
		this.web.get().uri("/v3/api-docs")
			.exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.paths['/entries'].post").exists();
	}

}
