package org.bookingfleet.availability.live.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.bookingfleet.availability.AvailabilityApplication;
import org.bookingfleet.availability.IntegrationClient;
import org.bookingfleet.availability.Scenery;
import org.bookingfleet.availability.catalog.internal.store.CatalogServices;
import org.bookingfleet.availability.live.SlotChange;
import org.bookingfleet.availability.schedule.internal.store.Providers;
import org.bookingfleet.testsupport.FleetIntegrationTest;
import org.bookingfleet.testsupport.RealInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;

@FleetIntegrationTest
class SlotStreamIntegrationTest {

	private static final ParameterizedTypeReference<ServerSentEvent<Map<String, Object>>> EVENT = new ParameterizedTypeReference<>() {
	};

	@LocalServerPort
	int port;

	@Autowired
	CatalogServices services;

	@Autowired
	Providers providers;

	@Autowired
	DatabaseClient database;

	@Test
	void aSubscriberOfAProviderSeesItsSlotsBeingHeld() {
		assertThat(heldSeenBy(port).get("providerId")).isNotNull();
	}

	@Test
	void theAnonymousStreamNamesTheTimeButNeverTheHold() {
		Map<String, Object> held = heldSeenBy(port);

		assertThat(held).containsKeys("providerId", "serviceId", "start", "end", "seats")
			.doesNotContainKeys("reservationId", "holdId", "holdToken", "bookingId");
	}

	@Test
	void aSubscriberOfAnotherInstanceSeesTheHoldsToo() {
		try (ConfigurableApplicationContext other = new SpringApplicationBuilder(AvailabilityApplication.class)
			.initializers(new RealInfrastructure())
			.run("--server.port=0", "--logging.structured.format.console=")) {
			int otherPort = Integer.parseInt(other.getEnvironment().getProperty("local.server.port"));

			assertThat(heldSeenBy(otherPort).get("providerId")).isNotNull();
		}
	}

	private Map<String, Object> heldSeenBy(int streamPort) {
		Scenery scenery = new Scenery(services, providers, database);
		IntegrationClient client = IntegrationClient.on(port);
		String service = scenery.service(60, 0, 0, 1);
		long provider = scenery.provider(service);
		long otherProvider = scenery.provider(service);
		Instant nine = Scenery.nextMondayAt("09:00");
		Set<Object> heldStarts = ConcurrentHashMap.newKeySet();
		Set<Object> holdSecrets = ConcurrentHashMap.newKeySet();

		Flux<ServerSentEvent<Map<String, Object>>> stream = WebClient.create("http://localhost:" + streamPort)
			.get()
			.uri("/api/v2/availability/stream?providerId={p}", provider)
			.retrieve()
			.bodyToFlux(EVENT);
		Flux<Object> holdsUntilSeen = Flux.interval(Duration.ofMillis(500))
			.onBackpressureDrop()
			.take(8 * 2 * 5)
			.concatMap(i -> client.hold(service, i % 2 == 0 ? provider : otherProvider,
					nine.plus(Duration.ofDays(i / 16)).plus(Duration.ofHours((i / 2) % 8)), 1))
			.doOnNext(answer -> heldStarts.add(answer.body().get("start")))
			.doOnNext(answer -> {
				if (answer.body().containsKey("holdId")) {
					holdSecrets.add(answer.body().get("holdId"));
					holdSecrets.add(answer.body().get("holdToken"));
				}
			})
			.cast(Object.class);

		reactor.core.Disposable.Swap holding = reactor.core.Disposables.swap();
		ServerSentEvent<Map<String, Object>> seen = stream.doOnNext(event -> {
			if ("subscribed".equals(event.comment())) {
				holding.update(holdsUntilSeen.subscribe());
			}
		})
			.doFinally(signal -> holding.dispose())
			.filter(event -> SlotChange.HELD.equals(event.event()))
			.next()
			.timeout(Duration.ofSeconds(60))
			.toFuture()
			.join();

		assertThat(seen.data()).containsEntry("providerId", provider).containsEntry("serviceId", service);
		assertThat(heldStarts).contains(seen.data().get("start"));
		assertThat(seen.data()).doesNotContainKeys("reservationId", "holdId", "holdToken");
		assertThat(holdSecrets).doesNotContain(seen.id()).doesNotContainAnyElementsOf(seen.data().values());
		return seen.data();
	}

}
