package org.bookingfleet.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
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
import org.springframework.http.codec.json.JacksonJsonDecoder;
import org.springframework.http.server.reactive.ReactorHttpHandlerAdapter;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.server.HandlerStrategies;
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
 * A small WebFlux application on a real server with the platform's JSON reading and text
 * limit: a text beyond the limit, a number where text is expected and a key written twice
 * are refused with 400 in the error envelope before a handler takes them.
 */
class HostileJsonTest {

	static final int LIMIT = 50;

	static final AtomicInteger stored = new AtomicInteger();

	static DisposableServer server;

	static WebClient client;

	record Person(String name, Integer seats, List<String> tags, String quoteToken) {
	}

	@BeforeAll
	static void start() {
		RouterFunction<ServerResponse> routes = RouterFunctions.route()
			.POST("/person",
					request -> request.bodyToMono(Person.class)
						.doOnNext(body -> stored.incrementAndGet())
						.flatMap(body -> ServerResponse.ok().bodyValue("{}")))
			.POST("/json",
					request -> request.bodyToMono(JsonNode.class)
						.doOnNext(body -> stored.incrementAndGet())
						.flatMap(body -> ServerResponse.ok().bodyValue("{}")))
			.build();
		HandlerStrategies strategies = HandlerStrategies.builder()
			.codecs(codecs -> codecs.defaultCodecs().jacksonJsonDecoder(new JacksonJsonDecoder(StrictJson.mapper())))
			.build();
		var handler = WebHttpHandlerBuilder.webHandler(RouterFunctions.toWebHandler(routes, strategies))
			.filter(new RequestIds(), new TextLimit(LIMIT, true))
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
	void aTextLongerThanTheLimitIsRefusedNamingItsMember() {
		assertRefused(post("/person", "{\"name\":\"" + "x".repeat(LIMIT + 1) + "\"}"), "name");
	}

	@Test
	void aLongTextDeepInArraysIsRefusedNamingTheMemberHoldingThem() {
		assertRefused(post("/json", "{\"a\":{\"notes\":[[\"ok\",\"" + "é".repeat(LIMIT + 1) + "\"]]}}"), "notes");
	}

	@Test
	void aKeyLongerThanTheLimitIsRefused() {
		assertRefused(post("/json", "{\"" + "k".repeat(LIMIT + 1) + "\":1}"), "body");
	}

	@Test
	void aLongTextSplitAcrossChunksIsRefused() {
		Flux<DataBuffer> chunks = Flux.just("{\"name\":\"" + "x".repeat(LIMIT - 5), "x".repeat(10) + "\"}")
			.map(text -> DefaultDataBufferFactory.sharedInstance.wrap(text.getBytes(StandardCharsets.UTF_8)));
		ResponseEntity<String> answer = client.post()
			.uri("/person")
			.contentType(MediaType.APPLICATION_JSON)
			.body(BodyInserters.fromDataBuffers(chunks))
			.exchangeToMono(response -> response.toEntity(String.class))
			.block();

		assertRefused(answer, "name");
	}

	@Test
	void aNestingDeeperThanAnyRequestIsRefused() {
		assertRefused(post("/json", "[".repeat(TextScan.MAX_DEPTH + 1)), "body");
	}

	@Test
	void textsAtTheLimitEscapesCountedOnceAndSignedTokensPass() {
		String atLimit = "\\u00e9\\n" + "é".repeat(LIMIT - 2);
		ResponseEntity<String> answer = post("/person", "{\"name\":\"" + atLimit + "\",\"tags\":[\"a\",\"b\"],"
				+ "\"quoteToken\":\"" + "t".repeat(LIMIT * 10) + "\",\"seats\":2}");

		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(stored).hasValue(1);
	}

	@Test
	void aNumberWhereTextIsExpectedIsRefusedNotTurnedIntoText() {
		assertRefused(post("/person", "{\"name\":12345}"), "name");
		assertRefused(post("/person", "{\"name\":true}"), "name");
		assertRefused(post("/person", "{\"tags\":[1.5]}"), "tags[0]");
	}

	@Test
	void aKeyWrittenTwiceIsRefusedInsteadOfTheLastOneWinning() {
		assertRefused(post("/person", "{\"name\":\"Ann\",\"name\":\"Bob\"}"), "name");
		assertRefused(post("/json", "{\"a\":{\"b\":1,\"b\":2}}"), "b");
	}

	private static ResponseEntity<String> post(String path, String body) {
		return client.post()
			.uri(path)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body.getBytes(StandardCharsets.UTF_8))
			.exchangeToMono(response -> response.toEntity(String.class))
			.block();
	}

	private static void assertRefused(ResponseEntity<String> answer, String field) {
		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		JsonNode error = new JsonMapper().readTree(answer.getBody()).path("error");
		assertThat(error.path("code").asString()).isEqualTo("VALIDATION_FAILED");
		assertThat(error.path("field").asString()).isEqualTo(field);
		assertThat(error.path("requestId").asString()).isNotBlank();
		assertThat(stored).hasValue(0);
	}

}
