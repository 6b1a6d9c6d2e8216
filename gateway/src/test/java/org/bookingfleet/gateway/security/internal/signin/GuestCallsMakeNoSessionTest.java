package org.bookingfleet.gateway.security.internal.signin;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.bookingfleet.gateway.SessionCookie;
import org.bookingfleet.gateway.TestFleet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.session.data.redis.ReactiveRedisSessionRepository;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A guest's API calls, without the session cookie, leave the session store alone: no
 * session is made or looked up for them (each one used to make a session whose id was
 * drawn on another thread). A call with the cookie still finds its session.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "LOG_FORMAT=")
@AutoConfigureWebTestClient
class GuestCallsMakeNoSessionTest {

	static final WireMockServer services = new WireMockServer(options().dynamicPort());

	static {
		services.start();
		services.stubFor(any(anyUrl()).willReturn(okJson("[]")));
		Runtime.getRuntime().addShutdownHook(new Thread(services::stop));
	}

	@Autowired
	WebTestClient web;

	@MockitoSpyBean
	ReactiveRedisSessionRepository sessionsInRedis;

	@DynamicPropertySource
	static void fleet(DynamicPropertyRegistry registry) {
		TestFleet.allServicesAt(registry, services.baseUrl());
		TestFleet.redis(registry);
		TestFleet.generousRateLimits(registry);
	}

	@Test
	void guestsReadsAndHoldsMakeNoSession() {
		this.web.get().uri("/api/v2/services").exchange().expectStatus().isOk();
		this.web.get()
			.uri("/api/v2/availability?serviceId=barber-corte&providerId=21&from=2026-12-08T03:00:00Z"
					+ "&to=2026-12-09T03:00:00Z")
			.exchange()
			.expectStatus()
			.isOk();
		this.web.post()
			.uri("/api/v2/availability/hold")
			.header("Content-Type", "application/json")
			.bodyValue("{}")
			.exchange()
			.expectStatus()
			.isOk();

		verify(this.sessionsInRedis, never()).createSession();
		verify(this.sessionsInRedis, never()).findById(anyString());
	}

	@Test
	void aCallWithTheSessionCookieLooksItsSessionUp() {
		this.web.get()
			.uri("/api/v2/services")
			.cookie(SessionCookie.NAME, "no-such-session")
			.exchange()
			.expectStatus()
			.isOk();

		verify(this.sessionsInRedis, atLeastOnce()).findById("no-such-session");
	}

}
