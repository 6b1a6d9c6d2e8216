package org.bookingfleet.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Set;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.bookingfleet.platform.security.JwtTokens;
import org.bookingfleet.platform.security.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The gateway in front of one service that answers (WireMock) and one that is stopped (a
 * closed port).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "LOG_FORMAT=")
@AutoConfigureWebTestClient
class GatewayRoutingTest {

	static final WireMockServer pricing = new WireMockServer(options().dynamicPort());

	static {
		pricing.start();
		pricing.stubFor(get(urlEqualTo("/api/v2/services"))
			.willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("[]")));
		// a service of the fleet echoes the request id it was given, as RequestIds does
		pricing.stubFor(get(urlEqualTo("/api/v2/services/haircut"))
			.willReturn(aResponse().withHeader("Content-Type", "application/json")
				.withHeader("X-Request-Id", "req-43")
				.withBody("{}")));
	}

	@Autowired
	WebTestClient web;

	@Autowired
	JwtTokens tokens;

	@DynamicPropertySource
	static void services(DynamicPropertyRegistry registry) throws IOException {
		registry.add("PRICING_URL", pricing::baseUrl);
		int closed;
		try (ServerSocket socket = new ServerSocket(0)) {
			closed = socket.getLocalPort();
		}
		registry.add("BOOKING_URL", () -> "http://127.0.0.1:" + closed);
		TestFleet.redis(registry);
		TestFleet.generousRateLimits(registry);
	}

	@AfterAll
	static void stop() {
		pricing.stop();
	}

	@Test
	void anAnswerNamesItsRequestOnceThoughTheServiceEchoedIt() {
		this.web.get()
			.uri("/api/v2/services/haircut")
			.header("X-Request-Id", "req-43")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.values("X-Request-Id", ids -> assertThat(ids).containsExactly("req-43"));
	}

	@Test
	void routesToTheRunningServiceWithRequestIdAndTraceContext() {
		String traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
		this.web.get()
			.uri("/api/v2/services")
			.header("X-Request-Id", "req-42")
			.header("traceparent", traceparent)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals("X-Request-Id", "req-42");

		pricing.verify(getRequestedFor(urlEqualTo("/api/v2/services")).withHeader("X-Request-Id", matching("req-42"))
			.withHeader("traceparent", matching("00-4bf92f3577b34da6a3ce929d0e0e4736-.*")));
	}

	@Test
	void generatesARequestIdAndPassesItOn() {
		this.web.get().uri("/api/v2/services").exchange().expectStatus().isOk().expectHeader().exists("X-Request-Id");

		pricing.verify(getRequestedFor(urlEqualTo("/api/v2/services")).withHeader("X-Request-Id", matching(".+")));
	}

	@Test
	void stoppedServiceAnswers503NamingItWhileOthersStillAnswer() {
		this.web.get()
			.uri("/api/v2/bookings/123")
			.header("X-Booking-Token", "guest-access-token")
			.exchange()
			.expectStatus()
			.isEqualTo(503)
			.expectBody()
			.jsonPath("$.error.code")
			.isEqualTo("SERVICE_UNAVAILABLE")
			.jsonPath("$.error.details.service")
			.isEqualTo("booking-service")
			.jsonPath("$.error.requestId")
			.isNotEmpty();

		this.web.get().uri("/api/v2/services").exchange().expectStatus().isOk();
	}

	@Test
	void unknownApiPathIs404InTheEnvelope() {
		String token = this.tokens.mint("alice", Set.of(Role.CLIENT), null, Duration.ofHours(1));
		this.web.get()
			.uri("/api/v2/nothing-here")
			.headers(headers -> headers.setBearerAuth(token))
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectBody()
			.jsonPath("$.error.code")
			.isEqualTo("NOT_FOUND");
	}

	@Test
	void pathTheFirewallRefusesIs400InTheEnvelope() {
		this.web.get()
			.uri("/api/v2/services/x;drop")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.error.code")
			.isEqualTo("MALFORMED_REQUEST")
			.jsonPath("$.error.requestId")
			.isNotEmpty();
	}

	@Test
	void bodyOverTheLimitIs413AtTheGateway() {
		this.web.post()
			.uri("/api/v2/services/pricing")
			.header("Content-Type", "application/json")
			.bodyValue("{\"serviceId\":\"" + "x".repeat(300_000) + "\"}")
			.exchange()
			.expectStatus()
			.isEqualTo(413)
			.expectBody()
			.jsonPath("$.error.code")
			.isEqualTo("PAYLOAD_TOO_LARGE");
	}

}
