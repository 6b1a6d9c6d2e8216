package org.bookingfleet.booking.bookings.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import org.bookingfleet.booking.BookingServiceApplication;
import org.bookingfleet.events.availability.SlotReserved;
import org.bookingfleet.testsupport.FleetIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.http.ResponseEntity;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * A second instance of the service on the same database and broker, in the same consumer
 * groups: a POST it answers settles whichever instance consumed the availability
 * service's answer, because every instance hears every status change. Runs in a JVM of
 * its own (see the module pom): the instances' consumer groups rebalance as they come and
 * go.
 */
@FleetIntegrationTest
class TwoInstancesIntegrationTest {

	private static final List<String> SHARED = List.of("spring.r2dbc.url", "spring.r2dbc.username",
			"spring.r2dbc.password", "spring.flyway.url", "spring.flyway.user", "spring.flyway.password",
			"fleet.events.bootstrap-servers");

	@Autowired
	BookingFixtures fixtures;

	@Autowired
	Environment first;

	private ConfigurableApplicationContext second;

	private WebClient secondClient;

	@BeforeEach
	void startASecondInstance() {
		List<String> arguments = new ArrayList<>();
		SHARED.forEach(name -> arguments.add("--" + name + "=" + first.getRequiredProperty(name)));
		arguments.add("--server.port=0");
		second = new SpringApplicationBuilder(BookingServiceApplication.class).run(arguments.toArray(String[]::new));
		int port = ((WebServerApplicationContext) second).getWebServer().getPort();
		secondClient = WebClient.builder().baseUrl("http://localhost:" + port).build();
	}

	@AfterEach
	void stopTheSecondInstance() {
		second.close();
	}

	private CompletableFuture<ResponseEntity<String>> postAndReserve() {
		BookingFixtures.Slot slot = fixtures.hold(fixtures.service(1), fixtures.provider(),
				Instant.now().plus(Duration.ofDays(3)), 1);
		CompletableFuture<ResponseEntity<String>> answer = secondClient.post()
			.uri("/api/v2/bookings")
			.header("Idempotency-Key", UUID.randomUUID().toString())
			.bodyValue(fixtures.request(slot, fixtures.quote(slot, 7_500, 2_500)))
			.retrieve()
			.toEntity(String.class)
			.toFuture();
		await().atMost(Duration.ofSeconds(10)).until(() -> fixtures.bookingHolding(slot.holdId()) != null);
		UUID id = fixtures.bookingHolding(slot.holdId());
		fixtures.publish(new SlotReserved(id, slot.holdId(), UUID.randomUUID(), slot.providerId(), slot.serviceId(),
				slot.start(), slot.end(), 1), id);
		return answer;
	}

	@Test
	void postToEitherInstanceAnswersWithTheSettledBooking() {
		await().atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(10))
			.until(() -> postAndReserve().join().getStatusCode().value() == 201);

		List<Integer> statuses = IntStream.range(0, 6)
			.mapToObj(i -> postAndReserve())
			.toList()
			.stream()
			.map(answer -> answer.join().getStatusCode().value())
			.toList();

		assertThat(statuses).containsOnly(201);
	}

}
