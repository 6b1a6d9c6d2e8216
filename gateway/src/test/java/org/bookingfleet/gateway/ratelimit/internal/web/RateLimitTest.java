package org.bookingfleet.gateway.ratelimit.internal.web;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.bookingfleet.gateway.TestFleet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Limits per client and route against a real Redis. Pricing is set to 3 quotes per 30
 * seconds here (one more every 10 seconds); booking creation keeps its default of 5 a
 * minute. One trusted proxy names the client, so each test is its own client. Limit
 * checks may wait longer for Redis than in production: the test machine is shared and
 * slow.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "LOG_FORMAT=", "fleet.gateway.rate-limits.pricing.limit=3",
				"fleet.gateway.rate-limits.pricing.period=30s", "fleet.gateway.trusted-proxies=1",
				"fleet.gateway.rate-limit-timeout=2s" })
@AutoConfigureWebTestClient
class RateLimitTest {

	static final WireMockServer services = new WireMockServer(options().dynamicPort());

	static {
		services.start();
		services.stubFor(any(anyUrl()).willReturn(okJson("{}")));
	}

	@Autowired
	WebTestClient web;

	@DynamicPropertySource
	static void fleet(DynamicPropertyRegistry registry) {
		TestFleet.allServicesAt(registry, services.baseUrl());
		TestFleet.redis(registry);
	}

	@AfterAll
	static void stop() {
		services.stop();
	}

	@Test
	void quotesBeyondTheLimitAre429WithRetryAfterAndNeverReachTheService() {
		String client = "203.0.113.10";
		for (int remaining = 2; remaining >= 0; remaining--) {
			quote(client).expectStatus()
				.isOk()
				.expectHeader()
				.valueEquals("RateLimit-Limit", "3")
				.expectHeader()
				.valueEquals("RateLimit-Remaining", String.valueOf(remaining))
				.expectHeader()
				.valueEquals("RateLimit-Policy", "3;w=30");
		}

		WebTestClient.BodyContentSpec refused = quote(client).expectStatus()
			.isEqualTo(429)
			.expectHeader()
			.exists("Retry-After")
			.expectHeader()
			.valueEquals("RateLimit-Remaining", "0")
			.expectBody()
			.jsonPath("$.error.code")
			.isEqualTo("RATE_LIMITED")
			.jsonPath("$.error.requestId")
			.isNotEmpty()
			.jsonPath("$.error.details.limit")
			.isEqualTo(3);
		assertThat(refused.returnResult().getResponseHeaders().getFirst("Retry-After")).matches("[1-9]|10");

		services.verify(3, postRequestedFor(urlPathEqualTo("/api/v2/services/pricing")).withHeader("X-Request-Id",
				matching("client-10-.*")));
	}

	@Test
	void aClientWhoWasLimitedIsServedAgainOnceTheWindowRefills() {
		String client = "203.0.113.20";
		for (int i = 0; i < 3; i++) {
			quote(client).expectStatus().isOk();
		}
		quote(client).expectStatus().isEqualTo(429);

		await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(250))
			.untilAsserted(() -> quote(client).expectStatus().isOk());
	}

	@Test
	void anotherClientKeepsItsOwnAllowance() {
		for (int i = 0; i < 3; i++) {
			quote("203.0.113.30").expectStatus().isOk();
		}
		quote("203.0.113.30").expectStatus().isEqualTo(429);

		quote("203.0.113.31").expectStatus().isOk().expectHeader().valueEquals("RateLimit-Remaining", "2");
	}

	@Test
	void aLimitedClientStillReachesRoutesWithTheirOwnLimit() {
		String client = "203.0.113.40";
		for (int i = 0; i < 3; i++) {
			quote(client).expectStatus().isOk();
		}
		quote(client).expectStatus().isEqualTo(429);

		this.web.get().uri("/api/v2/services").header("X-Forwarded-For", client).exchange().expectStatus().isOk();
		this.web.get()
			.uri("/api/v2/availability?serviceId=s")
			.header("X-Forwarded-For", client)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals("RateLimit-Limit", "30");
	}

	@Test
	void bookingCreationAllowsFiveAMinuteByDefault() {
		String client = "203.0.113.50";
		for (int i = 0; i < 5; i++) {
			book(client).expectStatus().isOk().expectHeader().valueEquals("RateLimit-Policy", "5;w=60");
		}

		WebTestClient.BodyContentSpec refused = book(client).expectStatus()
			.isEqualTo(429)
			.expectBody()
			.jsonPath("$.error.code")
			.isEqualTo("RATE_LIMITED");
		long retryAfter = Long.parseLong(refused.returnResult().getResponseHeaders().getFirst("Retry-After"));
		assertThat(retryAfter).isBetween(1L, 12L);
	}

	@Test
	void onlyCreatingABookingCountsAgainstTheBookingLimit() {
		String client = "203.0.113.60";
		for (int i = 0; i < 8; i++) {
			this.web.get()
				.uri("/api/v2/bookings/1")
				.header("X-Forwarded-For", client)
				.header("X-Booking-Token", "guest")
				.exchange()
				.expectStatus()
				.isOk()
				.expectHeader()
				.doesNotExist("RateLimit-Limit");
		}
		book(client).expectStatus().isOk().expectHeader().valueEquals("RateLimit-Remaining", "4");
	}

	@Test
	void anAddressTheClientWritesItselfIsNotBelieved() {
		String client = "203.0.113.70";
		for (int i = 0; i < 3; i++) {
			quote(client).expectStatus().isOk();
		}
		this.web.post()
			.uri("/api/v2/services/pricing")
			.header("X-Forwarded-For", "198.51.100.1, " + client)
			.header("Content-Type", "application/json")
			.bodyValue("{}")
			.exchange()
			.expectStatus()
			.isEqualTo(429);
	}

	private WebTestClient.ResponseSpec quote(String client) {
		return this.web.post()
			.uri("/api/v2/services/pricing")
			.header("X-Forwarded-For", client)
			.header("X-Request-Id", "client-" + client.substring(client.lastIndexOf('.') + 1) + "-" + System.nanoTime())
			.header("Content-Type", "application/json")
			.bodyValue("{\"serviceId\":\"notary-mobile\"}")
			.exchange();
	}

	private WebTestClient.ResponseSpec book(String client) {
		return this.web.post()
			.uri("/api/v2/bookings")
			.header("X-Forwarded-For", client)
			.header("Idempotency-Key", "key-" + System.nanoTime())
			.header("Content-Type", "application/json")
			.bodyValue("{}")
			.exchange();
	}

}
