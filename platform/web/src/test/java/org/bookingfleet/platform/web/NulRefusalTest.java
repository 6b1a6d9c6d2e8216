package org.bookingfleet.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ReactorHttpHandlerAdapter;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.server.adapter.WebHttpHandlerBuilder;
import reactor.core.publisher.Flux;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small WebFlux application on a real server with the platform's edge: request text
 * holding U+0000 is refused with 400 in the error envelope before a handler takes it,
 * whichever way it travels.
 */
class NulRefusalTest {

	static final AtomicInteger stored = new AtomicInteger();

	static DisposableServer server;

	static WebClient client;

	@BeforeAll
	static void start() {
		RouterFunction<ServerResponse> routes = RouterFunctions.route()
			.POST("/json",
					request -> request.bodyToMono(JsonNode.class)
						.doOnNext(body -> stored.incrementAndGet())
						.flatMap(body -> ServerResponse.ok().bodyValue(body)))
			.POST("/raw",
					request -> request.bodyToMono(String.class)
						.doOnNext(body -> stored.incrementAndGet())
						.flatMap(body -> ServerResponse.ok().bodyValue("{\"length\":" + body.length() + "}")))
			.GET("/items/{id}", request -> {
				stored.incrementAndGet();
				return ServerResponse.ok().bodyValue("{\"id\":\"" + request.pathVariable("id") + "\"}");
			})
			.build();
		var handler = WebHttpHandlerBuilder.webHandler(RouterFunctions.toWebHandler(routes))
			.filter(new RequestIds(), new NulRefusal(true))
			.exceptionHandler(new ErrorEnvelopeHandler(new JsonMapper(), Clock.systemUTC()))
			.build();
		server = HttpServer.create().host("127.0.0.1").port(0).handle(new ReactorHttpHandlerAdapter(handler)).bindNow();
		client = WebClient.create("http://127.0.0.1:" + server.port());
	}

	@AfterAll
	static void stop() {
		server.disposeNow();
	}

	@BeforeEach
	void nothingStoredYet() {
		stored.set(0);
	}

	@Test
	void jsonEscapeOfNulDeepInAStringValueIsRefused() {
		assertRefused(json("{\"a\":{\"b\":[\"x\\u0000y\"]}}"), "body");
	}

	@Test
	void jsonEscapeOfNulInAKeyIsRefused() {
		assertRefused(json("{\"name\\u0000\":1}"), "body");
	}

	@Test
	void rawNulByteInJsonIsRefused() {
		assertRefused(json("{\"name\":\"a\u0000b\"}"), "body");
	}

	@Test
	void escapeSplitAcrossChunksIsRefused() {
		Flux<DataBuffer> chunks = Flux.just("{\"name\":\"a\\u00", "00b\"}")
			.map(text -> DefaultDataBufferFactory.sharedInstance.wrap(text.getBytes(StandardCharsets.UTF_8)));
		ResponseEntity<String> answer = client.post()
			.uri("/json")
			.contentType(MediaType.APPLICATION_JSON)
			.body(BodyInserters.fromDataBuffers(chunks))
			.exchangeToMono(response -> response.toEntity(String.class))
			.block();

		assertEnvelope(answer, "body");
	}

	@Test
	void rawNulInAWebhookStyleTextBodyIsRefused() {
		ResponseEntity<String> answer = client.post()
			.uri("/raw")
			.contentType(MediaType.TEXT_PLAIN)
			.bodyValue("event\u0000payload".getBytes(StandardCharsets.UTF_8))
			.exchangeToMono(response -> response.toEntity(String.class))
			.block();

		assertEnvelope(answer, "body");
	}

	@Test
	void nulInAQueryParameterIsRefused() {
		ResponseEntity<String> answer = client.get()
			.uri(URI.create(base() + "/items/7?q=a%00b"))
			.exchangeToMono(response -> response.toEntity(String.class))
			.block();

		assertEnvelope(answer, "q");
	}

	@Test
	void nulInAPathVariableIsRefused() {
		ResponseEntity<String> answer = client.get()
			.uri(URI.create(base() + "/items/a%00b"))
			.exchangeToMono(response -> response.toEntity(String.class))
			.block();

		assertEnvelope(answer, "path");
	}

	@Test
	void anEscapedBackslashBeforeU0000IsTextAndPasses() {
		ResponseEntity<String> answer = json("{\"note\":\"C:\\\\u0000 is a folder\"}");

		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(stored).hasValue(1);
	}

	@Test
	void otherEscapesAndCleanRequestsPass() {
		assertThat(json("{\"name\":\"Ren\\u00e9e \\u0001\"}").getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(client.get()
			.uri(URI.create(base() + "/items/7?q=a%20b"))
			.exchangeToMono(response -> response.toEntity(String.class))
			.block()
			.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(stored).hasValue(2);
	}

	private static ResponseEntity<String> json(String body) {
		return client.post()
			.uri("/json")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body.getBytes(StandardCharsets.UTF_8))
			.exchangeToMono(response -> response.toEntity(String.class))
			.block();
	}

	private static void assertRefused(ResponseEntity<String> answer, String field) {
		assertEnvelope(answer, field);
	}

	private static void assertEnvelope(ResponseEntity<String> answer, String field) {
		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		JsonNode error = new JsonMapper().readTree(answer.getBody()).path("error");
		assertThat(error.path("code").asString()).isEqualTo("VALIDATION_FAILED");
		assertThat(error.path("field").asString()).isEqualTo(field);
		assertThat(error.path("message").asString()).contains("U+0000");
		assertThat(error.path("requestId").asString()).isNotBlank();
		assertThat(stored).hasValue(0);
	}

	private static String base() {
		return "http://127.0.0.1:" + server.port();
	}

}
