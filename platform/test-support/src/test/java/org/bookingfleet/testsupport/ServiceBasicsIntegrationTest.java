package org.bookingfleet.testsupport;

import java.time.Duration;
import java.util.Set;

import org.bookingfleet.platform.security.JwtTokens;
import org.bookingfleet.platform.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * What every service of the fleet has from the platform: probes that cover its database
 * and broker, metrics for admins, OpenAPI.
 */
@FleetIntegrationTest
@AutoConfigureWebTestClient
class ServiceBasicsIntegrationTest {

	@Autowired
	WebTestClient web;

	@Autowired
	JwtTokens tokens;

	@Test
	void readinessCoversTheDatabaseAndTheBroker() {
		this.web.get()
			.uri("/actuator/health/readiness")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP")
			.jsonPath("$.components.r2dbc.status")
			.isEqualTo("UP")
			.jsonPath("$.components.kafka.status")
			.isEqualTo("UP");
	}

	@Test
	void livenessIsUp() {
		this.web.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
	}

	@Test
	void prometheusMetricsAreServedToAdminsOnly() {
		this.web.get()
			.uri("/actuator/prometheus")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectBody()
			.jsonPath("$.error.code")
			.isEqualTo("UNAUTHENTICATED");
		String client = this.tokens.mint("alice", Set.of(Role.CLIENT), null, Duration.ofHours(1));
		this.web.get()
			.uri("/actuator/prometheus")
			.headers(headers -> headers.setBearerAuth(client))
			.exchange()
			.expectStatus()
			.isForbidden();
		String admin = this.tokens.mint("prometheus", Set.of(Role.ADMIN), null, Duration.ofHours(1));
		this.web.get()
			.uri("/actuator/prometheus")
			.headers(headers -> headers.setBearerAuth(admin))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value(body -> org.assertj.core.api.Assertions.assertThat(body).contains("jvm_memory_used_bytes"));
	}

	@Test
	void openApiDocumentDescribesTheEndpoints() {
		this.web.get()
			.uri("/v3/api-docs")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.paths['/entries'].post")
			.exists();
	}

}
