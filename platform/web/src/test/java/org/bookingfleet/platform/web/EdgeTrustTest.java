package org.bookingfleet.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;

import org.bookingfleet.platform.security.Callers;
import org.bookingfleet.platform.security.JwtTokens;
import org.bookingfleet.platform.security.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ReactorHttpHandlerAdapter;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.server.adapter.WebHttpHandlerBuilder;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small WebFlux application on a real server with the platform's edge: the client
 * address it believes, who reads the actuator, and the envelope on the answers the HTTP
 * decoder gives by itself.
 */
class EdgeTrustTest {

	static final String SECRET = "a-test-secret-of-at-least-thirty-two-characters";

	static final ClientAddresses addresses = new ClientAddresses(SECRET);

	static final JwtTokens tokens = new JwtTokens(SECRET, Clock.systemUTC());

	static final HttpClient http = HttpClient.newHttpClient();

	static final JsonMapper json = new JsonMapper();

	static DisposableServer server;

	@BeforeAll
	static void start() {
		RouterFunction<ServerResponse> routes = RouterFunctions.route()
			.GET("/who",
					request -> ServerResponse.ok()
						.bodyValue("{\"ip\":\"" + ClientAddresses.of(request.exchange()) + "\"}"))
			.GET("/actuator/prometheus", request -> ServerResponse.ok().bodyValue("jvm_memory_used_bytes 1"))
			.GET("/actuator/health/liveness", request -> ServerResponse.ok().bodyValue("{\"status\":\"UP\"}"))
			.build();
		var handler = WebHttpHandlerBuilder.webHandler(RouterFunctions.toWebHandler(routes))
			.filter(new RequestIds(), addresses, new ActuatorAccess(new Callers(tokens)))
			.exceptionHandler(new ErrorEnvelopeHandler(json, Clock.systemUTC()))
			.build();
		HttpServer base = HttpServer.create().host("127.0.0.1").port(0).handle(new ReactorHttpHandlerAdapter(handler));
		server = new DecodingRefusals(json, Clock.systemUTC()).apply(base).bindNow();
	}

	@AfterAll
	static void stop() {
		server.disposeNow();
	}

	@Test
	void aDirectCallersForwardedForIsNotBelieved() throws Exception {
		HttpResponse<String> answer = send(request("/who").header("X-Forwarded-For", "6.6.6.6"));

		assertThat(json.readTree(answer.body()).path("ip").asString()).isEqualTo("127.0.0.1");
	}

	@Test
	void anAddressSealedByTheGatewayIsBelieved() throws Exception {
		HttpHeaders sealed = new HttpHeaders();
		addresses.seal(sealed, "203.0.113.7", "req-7");

		HttpResponse<String> answer = send(request("/who").header("X-Request-Id", "req-7")
			.header(ClientAddresses.HEADER, sealed.getFirst(ClientAddresses.HEADER))
			.header(ClientAddresses.SEAL_HEADER, sealed.getFirst(ClientAddresses.SEAL_HEADER)));

		assertThat(json.readTree(answer.body()).path("ip").asString()).isEqualTo("203.0.113.7");
	}

	@Test
	void anAddressSealedWithAnotherKeyOrForAnotherRequestIsNotBelieved() throws Exception {
		HttpHeaders forged = new HttpHeaders();
		new ClientAddresses("another-secret-of-at-least-thirty-two-characters").seal(forged, "6.6.6.6", "req-8");
		HttpHeaders replayed = new HttpHeaders();
		addresses.seal(replayed, "6.6.6.6", "req-9");

		for (HttpHeaders seal : new HttpHeaders[] { forged, replayed }) {
			HttpResponse<String> answer = send(request("/who").header("X-Request-Id", "req-8")
				.header(ClientAddresses.HEADER, seal.getFirst(ClientAddresses.HEADER))
				.header(ClientAddresses.SEAL_HEADER, seal.getFirst(ClientAddresses.SEAL_HEADER)));

			assertThat(json.readTree(answer.body()).path("ip").asString()).isEqualTo("127.0.0.1");
		}
	}

	@Test
	void sealingReplacesWhatTheClientSentUnderTheSameNames() {
		HttpHeaders headers = new HttpHeaders();
		headers.add(ClientAddresses.HEADER, "6.6.6.6");
		headers.add(ClientAddresses.SEAL_HEADER, "forged");

		addresses.seal(headers, "203.0.113.7", "req-1");

		assertThat(headers.get(ClientAddresses.HEADER)).containsExactly("203.0.113.7");
		assertThat(headers.get(ClientAddresses.SEAL_HEADER)).hasSize(1).doesNotContain("forged");
	}

	@Test
	void metricsAreForAdminsOnly() throws Exception {
		String client = tokens.mint("alice", Set.of(Role.CLIENT), null, Duration.ofHours(1));
		String admin = tokens.mint("root", Set.of(Role.ADMIN), null, Duration.ofHours(1));

		assertEnvelope(send(request("/actuator/prometheus")), 401, "UNAUTHENTICATED");
		assertEnvelope(send(request("/actuator/%70rometheus")), 401, "UNAUTHENTICATED");
		assertEnvelope(send(request("/actuator/prometheus").header("Authorization", "Bearer " + client)), 403,
				"FORBIDDEN");
		HttpResponse<String> scraped = send(request("/actuator/prometheus").header("Authorization", "Bearer " + admin));
		assertThat(scraped.statusCode()).isEqualTo(200);
		assertThat(scraped.body()).contains("jvm_memory_used_bytes");
		assertThat(send(request("/actuator/health/liveness")).statusCode()).isEqualTo(200);
	}

	@Test
	void aTooLongRequestLineIsRefusedInTheEnvelope() throws Exception {
		HttpResponse<String> answer = send(request("/who?q=" + "a".repeat(10_000)));

		assertEnvelope(answer, 414, "URI_TOO_LONG");
		assertSecurityHeaders(answer);
	}

	@Test
	void tooLargeHeadersAreRefusedInTheEnvelope() throws Exception {
		HttpResponse<String> answer = send(request("/who").header("X-Padding", "a".repeat(20_000)));

		assertEnvelope(answer, 431, "HEADERS_TOO_LARGE");
		assertSecurityHeaders(answer);
	}

	private static void assertEnvelope(HttpResponse<String> answer, int status, String code) throws IOException {
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
		assertThat(answer.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
		JsonNode error = json.readTree(answer.body()).path("error");
		assertThat(error.path("code").asString()).isEqualTo(code);
		assertThat(error.path("requestId").asString()).isNotBlank();
		assertThat(error.path("timestamp").asString()).isNotBlank();
	}

	private static void assertSecurityHeaders(HttpResponse<String> answer) {
		assertThat(answer.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(answer.headers().firstValue("X-Frame-Options")).hasValue("DENY");
		assertThat(answer.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
		assertThat(answer.headers().firstValue("Content-Security-Policy"))
			.hasValueSatisfying(policy -> assertThat(policy).contains("frame-ancestors 'none'"));
		assertThat(answer.headers().firstValue("X-Request-Id")).isPresent();
	}

	private static HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
			.timeout(Duration.ofSeconds(30));
	}

	private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
	}

}
