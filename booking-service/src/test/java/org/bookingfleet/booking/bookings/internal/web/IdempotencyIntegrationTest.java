package org.bookingfleet.booking.bookings.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bookingfleet.testsupport.FleetIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@FleetIntegrationTest
@AutoConfigureWebTestClient
class IdempotencyIntegrationTest {

	@Autowired
	WebTestClient web;

	@Autowired
	BookingFixtures fixtures;

	@Autowired
	JsonMapper json;

	@LocalServerPort
	int port;

	record Answer(int status, JsonNode body) {
	}

	/**
	 * The first request of a JVM builds Jackson's deserializers under a lock that
	 * BlockHound reports; take it alone.
	 */
	private void warmUp() {
		BookingFixtures.Slot slot = fixtures.hold(fixtures.service(1), fixtures.provider(),
				Instant.now().plus(Duration.ofDays(2)), 1);
		web.post()
			.uri("/api/v2/bookings")
			.header("Idempotency-Key", UUID.randomUUID().toString())
			.bodyValue(fixtures.request(slot, fixtures.quote(slot, 7_500, 0)))
			.exchange()
			.expectStatus()
			.isAccepted();
	}

	@Test
	void fiftyConcurrentPostsWithOneKeyCreateOneBooking() {
		warmUp();
		BookingFixtures.Slot slot = fixtures.hold(fixtures.service(1), fixtures.provider(),
				Instant.now().plus(Duration.ofDays(2)), 1);
		Map<String, Object> body = fixtures.request(slot, fixtures.quote(slot, 7_500, 0));
		String key = UUID.randomUUID().toString();
		String customer = fixtures.customer("eve-" + UUID.randomUUID());
		WebClient client = WebClient.builder().baseUrl("http://localhost:" + port).build();

		List<Answer> answers = Flux.range(0, 50)
			.flatMap(i -> client.post()
				.uri("/api/v2/bookings")
				.header(HttpHeaders.AUTHORIZATION, customer)
				.header("Idempotency-Key", key)
				.bodyValue(body)
				.exchangeToMono(response -> response.bodyToMono(String.class)
					.map(text -> Map.entry(response.statusCode().value(), text))), 50)
			.collectList()
			.block(Duration.ofSeconds(60))
			.stream()
			.map(raw -> new Answer(raw.getKey(), json.readTree(raw.getValue())))
			.toList();

		assertThat(answers).hasSize(50);
		List<Answer> created = answers.stream().filter(a -> a.status() == 201 || a.status() == 202).toList();
		assertThat(created).isNotEmpty();
		assertThat(created.stream().map(a -> a.body().get("id").stringValue()).distinct()).hasSize(1);
		assertThat(answers).allSatisfy(a -> {
			if (a.status() != 201 && a.status() != 202) {
				assertThat(a.status()).isEqualTo(409);
				assertThat(a.body().get("error").get("code").stringValue()).isEqualTo("IDEMPOTENCY_KEY_IN_USE");
			}
		});
		UUID id = UUID.fromString(created.get(0).body().get("id").stringValue());
		assertThat(fixtures
			.count("select count(*) from booking where hold_id = (select hold_id from booking where id = :id)", id))
			.isEqualTo(1);

		Map<String, Object> other = new HashMap<>(body);
		other.put("customerName", "Someone Else");
		web.post()
			.uri("/api/v2/bookings")
			.header(HttpHeaders.AUTHORIZATION, customer)
			.header("Idempotency-Key", key)
			.bodyValue(other)
			.exchange()
			.expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.error.code")
			.isEqualTo("IDEMPOTENCY_KEY_REUSED");
	}

	@Test
	void sameKeyAndBodyAfterTheAnswerReplaysIt() {
		BookingFixtures.Slot slot = fixtures.hold(fixtures.service(1), fixtures.provider(),
				Instant.now().plus(Duration.ofDays(2)), 1);
		Map<String, Object> body = fixtures.request(slot, fixtures.quote(slot, 7_500, 0));
		String key = UUID.randomUUID().toString();

		String first = web.post()
			.uri("/api/v2/bookings")
			.header("Idempotency-Key", key)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isAccepted()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		String again = web.post()
			.uri("/api/v2/bookings")
			.header("Idempotency-Key", key)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isAccepted()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();

		assertThat(again).isEqualTo(first);
	}

	@Test
	void requestThatFailsValidationLeavesTheKeyFreeForACorrectedRetry() {
		BookingFixtures.Slot slot = fixtures.hold(fixtures.service(1), fixtures.provider(),
				Instant.now().plus(Duration.ofDays(2)), 1);
		Map<String, Object> body = new HashMap<>(fixtures.request(slot, fixtures.quote(slot, 7_500, 0)));
		String key = UUID.randomUUID().toString();
		body.put("customerPhone", "555-0100");

		web.post()
			.uri("/api/v2/bookings")
			.header("Idempotency-Key", key)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.error.code")
			.isEqualTo("VALIDATION_FAILED")
			.jsonPath("$.error.field")
			.isEqualTo("customerPhone");

		body.put("customerPhone", "+15125550100");
		web.post()
			.uri("/api/v2/bookings")
			.header("Idempotency-Key", key)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isAccepted();
	}

	@Test
	void postWithoutAKeyIsRefusedAndStoresNothing() {
		BookingFixtures.Slot slot = fixtures.hold(fixtures.service(1), fixtures.provider(),
				Instant.now().plus(Duration.ofDays(2)), 1);

		web.post()
			.uri("/api/v2/bookings")
			.bodyValue(fixtures.request(slot, fixtures.quote(slot, 7_500, 0)))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.error.field")
			.isEqualTo("Idempotency-Key");
	}

}
