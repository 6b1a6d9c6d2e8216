package org.bookingfleet.gateway.cache.internal.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.bookingfleet.gateway.TestFleet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The gateway keeps the catalog pricing marks public and answers it from memory (a 304
 * for the ETag a browser holds), while what pricing does not mark public reaches pricing
 * every time.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "LOG_FORMAT=")
@AutoConfigureWebTestClient
class PublicCacheTest {

	static final WireMockServer pricing = new WireMockServer(options().dynamicPort());

	static {
		pricing.start();
		// stops with the test JVM, not after the class: a run of the class again finds it
		// answering
		Runtime.getRuntime().addShutdownHook(new Thread(pricing::stop));
		pricing.stubFor(get(urlEqualTo("/api/v2/services"))
			.willReturn(aResponse().withHeader("Content-Type", "application/json")
				.withHeader("Cache-Control", "max-age=60, public")
				.withHeader("ETag", "\"catalog-7\"")
				.withBody("[{\"id\":\"fa-course\"}]")));
		pricing.stubFor(get(urlEqualTo("/api/v2/services?includeInactive=true"))
			.willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("[{\"id\":\"retired\"}]")));
		pricing.stubFor(get(urlPathEqualTo("/api/v2/businesses/london-first-aid"))
			.willReturn(aResponse().withHeader("Content-Type", "application/json")
				.withHeader("Cache-Control", "private, max-age=60")
				.withBody("{}")));
	}

	@Autowired
	WebTestClient web;

	@DynamicPropertySource
	static void services(DynamicPropertyRegistry registry) {
		registry.add("PRICING_URL", pricing::baseUrl);
		TestFleet.redis(registry);
		TestFleet.generousRateLimits(registry);
	}

	@Test
	void theCatalogIsAnsweredFromMemoryWhileFreshAndA304ForTheETagABrowserHolds() {
		for (int visit = 0; visit < 3; visit++) {
			this.web.get()
				.uri("/api/v2/services")
				.exchange()
				.expectStatus()
				.isOk()
				.expectHeader()
				.valueEquals("ETag", "\"catalog-7\"")
				.expectHeader()
				.valueEquals("Cache-Control", "max-age=60, public")
				// answered from memory before the gateway's filters, still with the
				// request id and the security headers of every answer
				.expectHeader()
				.exists("X-Request-Id")
				.expectHeader()
				.valueEquals("X-Content-Type-Options", "nosniff")
				.expectBody()
				.json("[{\"id\":\"fa-course\"}]");
		}
		this.web.get()
			.uri("/api/v2/services")
			.header("If-None-Match", "\"catalog-7\"")
			.exchange()
			.expectStatus()
			.isNotModified()
			.expectHeader()
			.exists("Age")
			.expectBody()
			.isEmpty();

		pricing.verify(1, getRequestedFor(urlEqualTo("/api/v2/services")));

		this.web.get().uri("/api/v2/services").header("Cache-Control", "no-cache").exchange().expectStatus().isOk();
		pricing.verify(2, getRequestedFor(urlEqualTo("/api/v2/services")));
		pricing.verify(0, getRequestedFor(urlEqualTo("/api/v2/services")).withHeader("Accept-Encoding",
				com.github.tomakehurst.wiremock.client.WireMock.matching(".*")));
	}

	@Test
	void whatPricingDoesNotMarkPublicReachesPricingEveryTime() {
		for (int visit = 0; visit < 2; visit++) {
			this.web.get()
				.uri("/api/v2/services?includeInactive=true")
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody()
				.json("[{\"id\":\"retired\"}]");
			this.web.get().uri("/api/v2/businesses/london-first-aid").exchange().expectStatus().isOk();
		}

		pricing.verify(2, getRequestedFor(urlEqualTo("/api/v2/services?includeInactive=true")));
		pricing.verify(2, getRequestedFor(urlPathEqualTo("/api/v2/businesses/london-first-aid")));
	}

}
