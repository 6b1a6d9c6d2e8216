package org.bookingfleet.gateway.edge;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.hamcrest.Matchers.containsString;

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
 * What a browser gets besides the answer: CORS for the configured origins only, and the
 * security headers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "LOG_FORMAT=", "fleet.gateway.cors.allowed-origins=https://book.example.com" })
@AutoConfigureWebTestClient
class BrowserEdgeTest {

	static final String ALLOWED = "https://book.example.com";

	static final WireMockServer services = new WireMockServer(options().dynamicPort());

	static {
		services.start();
		services.stubFor(any(anyUrl()).willReturn(okJson("[]")));
	}

	@Autowired
	WebTestClient web;

	@DynamicPropertySource
	static void fleet(DynamicPropertyRegistry registry) {
		TestFleet.allServicesAt(registry, services.baseUrl());
		TestFleet.redis(registry);
		TestFleet.generousRateLimits(registry);
	}

	@AfterAll
	static void stop() {
		services.stop();
	}

	@Test
	void aConfiguredOriginMayCreateABookingWithItsHeaders() {
		this.web.options()
			.uri("/api/v2/bookings")
			.header("Origin", ALLOWED)
			.header("Access-Control-Request-Method", "POST")
			.header("Access-Control-Request-Headers", "content-type,idempotency-key,x-booking-token")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals("Access-Control-Allow-Origin", ALLOWED)
			.expectHeader()
			.value("Access-Control-Allow-Methods", containsString("POST"))
			.expectHeader()
			.value("Access-Control-Allow-Headers", containsString("idempotency-key"));
	}

	@Test
	void anAnswerToAConfiguredOriginExposesTheRequestIdAndTheLimits() {
		this.web.get()
			.uri("/api/v2/services")
			.header("Origin", ALLOWED)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals("Access-Control-Allow-Origin", ALLOWED)
			.expectHeader()
			.value("Access-Control-Expose-Headers", containsString("X-Request-Id"))
			.expectHeader()
			.value("Access-Control-Expose-Headers", containsString("RateLimit-Remaining"));
	}

	@Test
	void anyOtherOriginIsRefused() {
		this.web.options()
			.uri("/api/v2/bookings")
			.header("Origin", "https://elsewhere.example.net")
			.header("Access-Control-Request-Method", "POST")
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectHeader()
			.doesNotExist("Access-Control-Allow-Origin");
		this.web.get()
			.uri("/api/v2/services")
			.header("Origin", "https://elsewhere.example.net")
			.exchange()
			.expectStatus()
			.isForbidden();
	}

	@Test
	void apiAnswersCarryTheSecurityHeaders() {
		this.web.get()
			.uri("/api/v2/services")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals("X-Content-Type-Options", "nosniff")
			.expectHeader()
			.valueEquals("X-Frame-Options", "DENY")
			.expectHeader()
			.valueEquals("Referrer-Policy", "no-referrer")
			.expectHeader()
			.value("Content-Security-Policy", containsString("frame-ancestors 'none'"))
			.expectHeader()
			.value("Permissions-Policy", containsString("camera=()"));
	}

	@Test
	void refusalsCarryTheSecurityHeadersToo() {
		this.web.get()
			.uri("/api/v2/bookings")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.valueEquals("X-Content-Type-Options", "nosniff")
			.expectHeader()
			.exists("Content-Security-Policy");
	}

}
