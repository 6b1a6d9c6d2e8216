package org.bookingfleet.gateway.edge;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.bookingfleet.gateway.TestFleet;
import org.bookingfleet.platform.security.JwtTokens;
import org.bookingfleet.platform.security.Role;
import org.bookingfleet.platform.web.ClientAddresses;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where the gateway draws the line: the client's address it tells the services (behind
 * one trusted proxy), metrics for admins only, and refusals that never leave without the
 * envelope and the security headers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "LOG_FORMAT=", "fleet.gateway.trusted-proxies=1" })
@AutoConfigureWebTestClient
class TrustBoundaryTest {

	static final WireMockServer services = new WireMockServer(options().dynamicPort());

	static {
		services.start();
		services.stubFor(any(anyUrl()).willReturn(okJson("[]")));
	}

	@Autowired
	WebTestClient web;

	@Autowired
	JwtTokens tokens;

	@Autowired
	ClientAddresses addresses;

	@LocalServerPort
	int port;

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
	void theServiceIsToldTheClientTheTrustedProxyNamedSealedForThisRequest() {
		this.web.get()
			.uri("/api/v2/services/seal-1")
			.header("X-Request-Id", "req-seal-1")
			.header("X-Forwarded-For", "6.6.6.6, 203.0.113.7")
			.header(ClientAddresses.HEADER, "6.6.6.6")
			.header(ClientAddresses.SEAL_HEADER, "forged")
			.exchange()
			.expectStatus()
			.isOk();

		LoggedRequest passed = services.findAll(getRequestedFor(urlEqualTo("/api/v2/services/seal-1"))).get(0);
		assertThat(passed.getHeaders().getHeader(ClientAddresses.HEADER).values()).containsExactly("203.0.113.7");
		HttpHeaders expected = new HttpHeaders();
		this.addresses.seal(expected, "203.0.113.7", "req-seal-1");
		assertThat(passed.getHeaders().getHeader(ClientAddresses.SEAL_HEADER).values())
			.containsExactly(expected.getFirst(ClientAddresses.SEAL_HEADER));
	}

	@Test
	void metricsNeedAnAdmin() {
		String client = this.tokens.mint("alice", Set.of(Role.CLIENT), null, Duration.ofHours(1));
		String admin = this.tokens.mint("prometheus", Set.of(Role.ADMIN), null, Duration.ofHours(1));

		this.web.get()
			.uri("/actuator/prometheus")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectBody()
			.jsonPath("$.error.code")
			.isEqualTo("UNAUTHENTICATED");
		this.web.get()
			.uri("/actuator/prometheus")
			.headers(headers -> headers.setBearerAuth(client))
			.exchange()
			.expectStatus()
			.isForbidden();
		this.web.get()
			.uri("/actuator/prometheus")
			.headers(headers -> headers.setBearerAuth(admin))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value(containsString("jvm_memory_used_bytes"));
		this.web.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
	}

	@Test
	void anUnknownRouteWithAnAdminTokenIsA404EnvelopeThatNamesNoUrl() {
		String admin = this.tokens.mint("root", Set.of(Role.ADMIN), null, Duration.ofHours(1));

		for (String path : new String[] { "/api/v2/nothing-here", "/actuator/nothing-here", "/nothing-here" }) {
			this.web.get()
				.uri(path)
				.headers(headers -> headers.setBearerAuth(admin))
				.exchange()
				.expectStatus()
				.isNotFound()
				.expectHeader()
				.valueEquals("X-Content-Type-Options", "nosniff")
				.expectBody()
				.jsonPath("$.error.code")
				.isEqualTo("NOT_FOUND")
				.jsonPath("$.error.message")
				.value(not(containsString("http")))
				.jsonPath("$.error.message")
				.value(not(containsString("static resource")));
		}
	}

	@Test
	void theFirewallsRefusalCarriesTheSecurityHeaders() {
		this.web.get()
			.uri("/api/v2/services/x;drop")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.valueEquals("X-Content-Type-Options", "nosniff")
			.expectHeader()
			.valueEquals("X-Frame-Options", "DENY")
			.expectHeader()
			.valueEquals("Referrer-Policy", "no-referrer")
			.expectHeader()
			.value("Content-Security-Policy", containsString("frame-ancestors 'none'"))
			.expectBody()
			.jsonPath("$.error.code")
			.isEqualTo("MALFORMED_REQUEST");
	}

	@Test
	void refusalsBeforeTheSecurityChainCarryTheSecurityHeaders() {
		this.web.get()
			.uri(URI.create("http://127.0.0.1:" + this.port + "/api/v2/services?q=a%00b"))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.valueEquals("X-Content-Type-Options", "nosniff")
			.expectHeader()
			.value("Content-Security-Policy", containsString("frame-ancestors 'none'"))
			.expectBody()
			.jsonPath("$.error.code")
			.isEqualTo("VALIDATION_FAILED");
		this.web.post()
			.uri("/api/v2/services/pricing")
			.header("Content-Type", "application/json")
			.bodyValue("{\"serviceId\":\"" + "x".repeat(300_000) + "\"}")
			.exchange()
			.expectStatus()
			.isEqualTo(413)
			.expectHeader()
			.valueEquals("X-Frame-Options", "DENY")
			.expectBody()
			.jsonPath("$.error.code")
			.isEqualTo("PAYLOAD_TOO_LARGE");
	}

	@Test
	void aTooLongUrlOrTooLargeHeadersAreRefusedInTheEnvelopeWithTheSecurityHeaders() throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		HttpResponse<String> longUrl = http.send(request("/api/v2/services?q=" + "a".repeat(10_000)).build(),
				HttpResponse.BodyHandlers.ofString());
		HttpResponse<String> largeHeaders = http.send(
				request("/api/v2/services").header("X-Padding", "a".repeat(20_000)).build(),
				HttpResponse.BodyHandlers.ofString());

		assertRefusal(longUrl, 414, "URI_TOO_LONG");
		assertRefusal(largeHeaders, 431, "HEADERS_TOO_LARGE");
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.timeout(Duration.ofSeconds(30));
	}

	private static void assertRefusal(HttpResponse<String> answer, int status, String code) throws IOException {
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
		JsonNode error = new JsonMapper().readTree(answer.body()).path("error");
		assertThat(error.path("code").asString()).isEqualTo(code);
		assertThat(error.path("requestId").asString()).isNotBlank();
		assertThat(answer.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(answer.headers().firstValue("X-Frame-Options")).hasValue("DENY");
		assertThat(answer.headers().firstValue("Content-Security-Policy")).isPresent();
	}

}
