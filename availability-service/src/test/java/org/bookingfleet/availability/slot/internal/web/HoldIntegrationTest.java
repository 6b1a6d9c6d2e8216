package org.bookingfleet.availability.slot.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.bookingfleet.availability.Scenery;
import org.bookingfleet.availability.catalog.internal.store.CatalogServices;
import org.bookingfleet.availability.schedule.internal.store.Providers;
import org.bookingfleet.testsupport.FleetIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@FleetIntegrationTest
class HoldIntegrationTest {

	private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
	};

	record Answer(int status, Map<String, Object> body) {
	}

	@LocalServerPort
	int port;

	@Autowired
	CatalogServices services;

	@Autowired
	Providers providers;

	@Autowired
	DatabaseClient database;

	Scenery scenery;

	WebClient web;

	@BeforeEach
	void setUp() {
		scenery = new Scenery(services, providers, database);
		web = WebClient.builder().baseUrl("http://localhost:" + port).build();
	}

	@Test
	void twoHundredConcurrentHoldsOnOneSlotGiveExactlyOneHold() {
		String service = scenery.service(60, 0, 0, 1);
		long provider = scenery.provider(service);
		Instant start = Scenery.nextMondayAt("10:00");

		List<Answer> answers = Flux.range(0, 200)
			.flatMap(i -> hold(service, provider, start, 1), 200)
			.collectList()
			.toFuture()
			.join();

		assertThat(answers).filteredOn(answer -> answer.status() == 201).hasSize(1);
		assertThat(answers).filteredOn(answer -> answer.status() == 409)
			.hasSize(199)
			.allSatisfy(answer -> assertThat(error(answer)).containsEntry("code", "SLOT_TAKEN"));
		assertThat(scenery.count("select count(*) from reservation where provider_id = " + provider)).isEqualTo(1);
	}

	@Test
	void overlappingHoldsOfDifferentLengthsAndBuffersNeverOverlapInTheTable() {
		List<String> kinds = List.of(scenery.service(30, 0, 0, 1), scenery.service(60, 15, 15, 1),
				scenery.service(90, 0, 30, 1), scenery.service(45, 10, 0, 1));
		long provider = scenery.provider(kinds.toArray(String[]::new));
		Instant nine = Scenery.nextMondayAt("09:00");

		List<Answer> answers = Flux.range(0, 160)
			.flatMap(i -> hold(kinds.get(i % kinds.size()), provider, nine.plusSeconds(1800L * ((i * 7L) % 14)), 1),
					160)
			.collectList()
			.toFuture()
			.join();

		long held = answers.stream().filter(answer -> answer.status() == 201).count();
		assertThat(held).isPositive();
		assertThat(answers).allSatisfy(answer -> assertThat(answer.status()).isIn(201, 409));
		assertThat(scenery.count("select count(*) from reservation where provider_id = " + provider)).isEqualTo(held);
		assertThat(scenery.count("""
				select count(*) from reservation a join reservation b
				  on a.provider_id = b.provider_id and a.id < b.id and a.during && b.during
				where a.provider_id = %d""".formatted(provider))).isZero();
	}

	@Test
	void aTakenSlotIsAnsweredWithTheNearestFreeAlternatives() {
		String service = scenery.service(60, 0, 0, 1);
		long provider = scenery.provider(service);
		Instant start = Scenery.nextMondayAt("10:00");
		assertThat(hold(service, provider, start, 1).toFuture().join().status()).isEqualTo(201);

		Answer second = hold(service, provider, start, 1).toFuture().join();

		assertThat(second.status()).isEqualTo(409);
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> alternatives = (List<Map<String, Object>>) ((Map<String, Object>) error(second)
			.get("details")).get("alternatives");
		assertThat(alternatives).extracting(alternative -> alternative.get("start"))
			.first()
			.isIn(start.plusSeconds(3600).toString(), start.minusSeconds(3600).toString());
		assertThat(alternatives)
			.noneMatch(alternative -> Instant.parse((String) alternative.get("start")).isBefore(start.plusSeconds(3600))
					&& Instant.parse((String) alternative.get("start")).isAfter(start.minusSeconds(3600)));
	}

	@Test
	void aReleasedHoldFreesItsSlotForTheNextCustomer() {
		String service = scenery.service(60, 0, 0, 1);
		long provider = scenery.provider(service);
		Instant start = Scenery.nextMondayAt("11:00");
		Answer first = hold(service, provider, start, 1).toFuture().join();

		int deleted = web.delete()
			.uri("/api/v2/availability/hold/{id}", first.body().get("holdId"))
			.header("X-Hold-Token", (String) first.body().get("holdToken"))
			.exchangeToMono(response -> Mono.just(response.statusCode().value()))
			.toFuture()
			.join();

		assertThat(deleted).isEqualTo(204);
		assertThat(hold(service, provider, start, 1).toFuture().join().status()).isEqualTo(201);
	}

	@Test
	void anExpiredHoldStopsCountingAtOnce() {
		String service = scenery.service(60, 0, 0, 1);
		long provider = scenery.provider(service);
		Instant start = Scenery.nextMondayAt("12:00");
		Answer first = hold(service, provider, start, 1).toFuture().join();
		database.sql("update reservation set expires_at = now() - interval '1 second' where id = :id")
			.bind("id", java.util.UUID.fromString((String) first.body().get("holdId")))
			.fetch()
			.rowsUpdated()
			.toFuture()
			.join();

		assertThat(hold(service, provider, start, 1).toFuture().join().status()).isEqualTo(201);
		assertThat(scenery.count("select count(*) from reservation where provider_id = " + provider)).isEqualTo(1);
	}

	@Test
	void concurrentHoldsOnOneDayNeverExceedTheDailyLimit() {
		String service = scenery.service(30, 0, 0, 1);
		long provider = scenery.provider(service);
		providers.document(provider)
			.map(document -> new org.bookingfleet.availability.schedule.internal.store.ScheduleDocument(
					document.timeZone(), document.weeklyHours(), document.breaks(), document.overrides(), 0, 60, 30, 3,
					document.serviceIds()))
			.flatMap(limited -> providers.save(provider, limited))
			.toFuture()
			.join();
		Instant nine = Scenery.nextMondayAt("09:00");

		List<Answer> answers = Flux.range(0, 16)
			.flatMap(i -> hold(service, provider, nine.plusSeconds(1800L * i), 1), 16)
			.collectList()
			.toFuture()
			.join();

		assertThat(answers).filteredOn(answer -> answer.status() == 201).hasSize(3);
		assertThat(scenery.count("select count(*) from reservation where provider_id = " + provider)).isEqualTo(3);
	}

	private Mono<Answer> hold(String service, long provider, Instant start, int seats) {
		return web.post()
			.uri("/api/v2/availability/hold")
			.bodyValue(Map.of("serviceId", service, "providerId", provider, "start", start.toString(), "seats", seats))
			.exchangeToMono(response -> response.bodyToMono(JSON)
				.defaultIfEmpty(Map.of())
				.map(body -> new Answer(response.statusCode().value(), body)));
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> error(Answer answer) {
		return (Map<String, Object>) answer.body().get("error");
	}

}
