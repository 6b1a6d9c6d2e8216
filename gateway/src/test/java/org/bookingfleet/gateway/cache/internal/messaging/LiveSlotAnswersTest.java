package org.bookingfleet.gateway.cache.internal.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.bookingfleet.gateway.TestFleet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

/**
 * The searches the gateway keeps in front of a stand-in availability service that streams
 * its slot changes as the real one does: a search is answered from memory until the
 * stream tells of a change of its provider's slots, or until a hold through the gateway
 * is accepted; while the stream is down every search reaches the service.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "LOG_FORMAT=", "fleet.gateway.live-slots.enabled=true" })
@AutoConfigureWebTestClient(timeout = "PT30S")
class LiveSlotAnswersTest {

	static final String PROVIDER_13 = "/api/v2/availability?serviceId=ron&providerId=13&from=2026-12-09T00:00:00Z&to=2026-12-10T00:00:00Z";

	static final String PROVIDER_14 = "/api/v2/availability?serviceId=ron&providerId=14&from=2026-12-09T00:00:00Z&to=2026-12-10T00:00:00Z";

	static final AtomicInteger searches = new AtomicInteger();

	/** The stream's changes; replaced to end the stream of the moment. */
	static final AtomicReference<Sinks.Many<String>> changes = new AtomicReference<>(newStream());

	static final AtomicBoolean streamRefused = new AtomicBoolean();

	static final DisposableServer availability = HttpServer.create()
		.host("127.0.0.1")
		.port(0)
		.route(routes -> routes
			.get("/api/v2/availability/stream",
					(request, response) -> streamRefused.get() ? response.status(503).send()
							: response.header("Content-Type", "text/event-stream")
								.sendString(Flux.concat(Mono.just(":subscribed\n\n"), changes.get().asFlux())))
			.get("/api/v2/availability",
					(request, response) -> response.header("Content-Type", "application/json")
						.header("Cache-Control", "max-age=0, s-maxage=60, public")
						.sendString(Mono.fromSupplier(() -> "{\"answer\":" + searches.incrementAndGet() + "}")))
			.post("/api/v2/availability/hold",
					(request, response) -> request.receive()
						.then(response.status(201)
							.header("Content-Type", "application/json")
							.sendString(Mono.just("{}"))
							.then())))
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

	@BeforeEach
	void following() {
		await("the gateway keeps a search").atMost(Duration.ofSeconds(20)).until(() -> {
			String first = search(PROVIDER_13);
			return first.equals(search(PROVIDER_13));
		});
	}

	@Test
	void aSearchIsAnsweredFromMemoryUntilItsProvidersSlotsChange() {
		String kept = search(PROVIDER_13);
		String other = search(PROVIDER_14);
		int reached = searches.get();
		for (int visit = 0; visit < 5; visit++) {
			assertThat(search(PROVIDER_13)).isEqualTo(kept);
			assertThat(search(PROVIDER_14)).isEqualTo(other);
		}
		assertThat(searches.get()).as("answered from memory").isEqualTo(reached);

		changes.get().tryEmitNext(change("slot.held", 14));

		await("provider 14's search asked anew, long before the route keeps it no longer (5 s)")
			.atMost(Duration.ofSeconds(3))
			.until(() -> !search(PROVIDER_14).equals(other));
		assertThat(search(PROVIDER_13)).as("another provider's change leaves it kept").isEqualTo(kept);
	}

	@Test
	void aHoldTheGatewayPassedOnIsSeenByTheVeryNextSearch() {
		String before = search(PROVIDER_13);

		this.web.post()
			.uri("/api/v2/availability/hold")
			.header("Content-Type", "application/json")
			.bodyValue("{\"serviceId\":\"ron\",\"providerId\":13}")
			.exchange()
			.expectStatus()
			.isCreated();

		assertThat(search(PROVIDER_13)).as("asked anew, with no wait").isNotEqualTo(before);
	}

	@Test
	void whileTheStreamIsDownEverySearchReachesTheServiceAndOnceBackTheyAreKeptAgain() {
		streamRefused.set(true);
		try {
			changes.getAndSet(newStream()).tryEmitComplete();
			await("the drop seen").atMost(Duration.ofSeconds(10))
				.until(() -> !search(PROVIDER_13).equals(search(PROVIDER_13)));
			int reached = searches.get();
			for (int visit = 0; visit < 5; visit++) {
				search(PROVIDER_13);
			}
			assertThat(searches.get()).as("every search asked while the stream is down").isEqualTo(reached + 5);
		}
		finally {
			streamRefused.set(false);
		}
		following();
	}

	private String search(String uri) {
		return this.web.get()
			.uri(uri)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

	private static String change(String event, long providerId) {
		return "event: " + event + "\ndata: {\"providerId\":" + providerId
				+ ",\"serviceId\":\"ron\",\"start\":\"2026-12-09T15:00:00Z\",\"end\":\"2026-12-09T16:00:00Z\",\"seats\":1}\n\n";
	}

	private static Sinks.Many<String> newStream() {
		return Sinks.many().multicast().directBestEffort();
	}

}
