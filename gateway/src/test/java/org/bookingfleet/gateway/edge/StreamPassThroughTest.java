package org.bookingfleet.gateway.edge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.bookingfleet.gateway.TestFleet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.test.StepVerifier;

/**
 * The availability stream through the gateway, event by event: the service sends its
 * second event only after the browser has seen the first, so a gateway that buffered the
 * stream would never deliver either.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "LOG_FORMAT=")
@AutoConfigureWebTestClient(timeout = "PT30S")
class StreamPassThroughTest {

	static final Sinks.Empty<Void> firstEventSeen = Sinks.empty();

	static final DisposableServer availability = HttpServer.create()
		.host("127.0.0.1")
		.port(0)
		.route(routes -> routes.get("/api/v2/availability/stream", (request, response) -> response
			.header("Content-Type", "text/event-stream")
			.sendString(Flux.concat(Mono.just("event: slot.held\ndata: {\"start\":\"2026-12-05T15:00:00Z\"}\n\n"),
					firstEventSeen.asMono()
						.then(Mono.just("event: slot.booked\ndata: {\"start\":\"2026-12-05T15:00:00Z\"}\n\n"))))))
		.bindNow();

	@Autowired
	WebTestClient web;

	@DynamicPropertySource
	static void fleet(DynamicPropertyRegistry registry) {
		registry.add("AVAILABILITY_URL", () -> "http://127.0.0.1:" + availability.port());
		TestFleet.redis(registry);
		TestFleet.generousRateLimits(registry);
	}

	@AfterAll
	static void stop() {
		availability.disposeNow();
	}

	@Test
	void eachSlotEventReachesTheBrowserAsSoonAsTheServiceSendsIt() {
		Flux<ServerSentEvent<String>> events = this.web.get()
			.uri("/api/v2/availability/stream?serviceId=notary-mobile")
			.accept(MediaType.TEXT_EVENT_STREAM)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.TEXT_EVENT_STREAM)
			.returnResult(new ParameterizedTypeReference<ServerSentEvent<String>>() {
			})
			.getResponseBody();

		StepVerifier.create(events)
			.assertNext(event -> assertThat(event.event()).isEqualTo("slot.held"))
			.then(firstEventSeen::tryEmitEmpty)
			.assertNext(event -> assertThat(event.event()).isEqualTo("slot.booked"))
			.expectComplete()
			.verify(Duration.ofSeconds(20));
	}

}
