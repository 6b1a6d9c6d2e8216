package org.bookingfleet.booking.bookings.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bookingfleet.booking.bookings.Booking;
import org.bookingfleet.testsupport.FleetIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The booking side of one contract across the services: a hold is the holder's (its
 * token), booked at most once, for the length it reserves; the quote binds the address,
 * the customer and the promo code's limits.
 */
@FleetIntegrationTest
@AutoConfigureWebTestClient
class BookingContractIntegrationTest {

	@Autowired
	WebTestClient web;

	@Autowired
	BookingFixtures fixtures;

	@Autowired
	JsonMapper json;

	@LocalServerPort
	int port;

	private static final String HOUSTON = "{\"line1\":\"1 Main St\",\"city\":\"Houston\",\"state\":\"TX\",\"postalCode\":\"77002\",\"country\":\"US\"}";

	private static final String HOUSTON_KEY = "1 main st|houston|tx|77002|us||";

	private BookingFixtures.Slot slot() {
		return fixtures.hold(fixtures.service(1), fixtures.provider(), Instant.now().plus(Duration.ofDays(2)), 1);
	}

	private WebTestClient.ResponseSpec post(Map<String, Object> body) {
		return web.post()
			.uri("/api/v2/bookings")
			.header("Idempotency-Key", UUID.randomUUID().toString())
			.bodyValue(body)
			.exchange();
	}

	private Map<String, Object> with(Map<String, Object> body, String field, Object value) {
		Map<String, Object> changed = new HashMap<>(body);
		if (value == null) {
			changed.remove(field);
		}
		else {
			changed.put(field, value);
		}
		return changed;
	}

	private long bookingsOf(BookingFixtures.Slot slot) {
		return fixtures.count("select count(*) from booking where hold_id = :id", slot.holdId());
	}

	@Test
	void fiftyCustomersRacingToBookOneHoldMakeOneBookingAndTheOthersAreToldTheHoldIsUsed() {
		post(fixtures.request(slot(), fixtures.quote(slot(), 7_500, 0))).expectStatus().is4xxClientError(); // warms
																											// the
																											// decoders
		BookingFixtures.Slot slot = slot();
		WebClient client = WebClient.builder().baseUrl("http://localhost:" + port).build();

		List<Map.Entry<Integer, String>> answers = Flux.range(0, 50)
			.flatMap(i -> client.post()
				.uri("/api/v2/bookings")
				.header("Idempotency-Key", UUID.randomUUID().toString())
				.bodyValue(with(fixtures.request(slot, fixtures.quote(slot, 7_500, 0)), "customerEmail",
						"racer-" + i + "@example.com"))
				.exchangeToMono(response -> response.bodyToMono(String.class)
					.map(text -> Map.entry(response.statusCode().value(), text))), 50)
			.collectList()
			.block(Duration.ofSeconds(90));

		assertThat(answers).hasSize(50);
		assertThat(answers.stream().filter(a -> a.getKey() == 201 || a.getKey() == 202)).hasSize(1);
		assertThat(answers.stream().filter(a -> a.getKey() != 201 && a.getKey() != 202)).allSatisfy(a -> {
			assertThat(a.getKey()).isEqualTo(409);
			assertThat(json.readTree(a.getValue()).get("error").get("code").stringValue())
				.isEqualTo("HOLD_ALREADY_USED");
		});
		assertThat(bookingsOf(slot)).isEqualTo(1);
		assertThat(fixtures.count("select count(*) from hold_claim where hold_id = :id", slot.holdId())).isEqualTo(1);
	}

	@Test
	void aHoldIsBookedOnlyWithItsTokenAndAForgedOneChangesNothing() {
		BookingFixtures.Slot slot = slot();
		Map<String, Object> body = fixtures.request(slot, fixtures.quote(slot, 7_500, 0));

		post(with(body, "holdToken", null)).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.error.field")
			.isEqualTo("holdToken");
		String forged = slot.holdToken().substring(0, slot.holdToken().length() - 4) + "AAAA";
		post(with(body, "holdToken", forged)).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.error.field")
			.isEqualTo("holdToken");
		BookingFixtures.Slot other = slot();
		post(with(body, "holdToken", other.holdToken())).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.error.field")
			.isEqualTo("holdId");

		assertThat(bookingsOf(slot)).isZero();
		post(body).expectStatus().isAccepted();
		assertThat(bookingsOf(slot)).isEqualTo(1);
	}

	@Test
	void anHourlyJobIsBookedForTheLengthItsHoldReservesAndPricedForThatLength() {
		BookingFixtures.Slot twoHours = fixtures.hold(fixtures.service(1), fixtures.provider(),
				Instant.now().plus(Duration.ofDays(2)), 1, 120);

		post(fixtures.request(twoHours, fixtures.boundQuote(twoHours, 17_000, null, 60, null))).expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.error.code")
			.isEqualTo("QUOTE_INVALID")
			.jsonPath("$.error.field")
			.isEqualTo("durationMinutes");
		post(with(fixtures.request(twoHours, fixtures.boundQuote(twoHours, 17_000, null, 120, null)), "durationMinutes",
				90))
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.error.field")
			.isEqualTo("durationMinutes");
		assertThat(bookingsOf(twoHours)).isZero();

		JsonNode booked = post(with(fixtures.request(twoHours, fixtures.boundQuote(twoHours, 17_000, null, 120, null)),
				"durationMinutes", 120))
			.expectStatus()
			.isAccepted()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		assertThat(Instant.parse(booked.get("endDateTime").stringValue()))
			.isEqualTo(twoHours.start().plus(Duration.ofMinutes(120)));
	}

	@Test
	void aQuotePricedForAnotherAddressOrCheckedForAnotherCustomerIsRefusedNamingTheField() {
		BookingFixtures.Slot slot = slot();
		Map<String, Object> houston = with(
				fixtures.request(slot,
						fixtures.boundQuote(slot, 6_495, null, 60, "\"address\":\"" + HOUSTON_KEY + "\"")),
				"address", json.readValue(HOUSTON, Map.class));
		Map<String, Object> dallas = with(houston, "address",
				Map.of("line1", "1 Main St", "city", "Dallas", "state", "TX", "postalCode", "75201", "country", "US"));

		post(dallas).expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.error.code")
			.isEqualTo("QUOTE_INVALID")
			.jsonPath("$.error.field")
			.isEqualTo("address");
		post(with(houston, "address", null)).expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.error.field")
			.isEqualTo("address");
		Map<String, Object> someoneElse = with(
				fixtures.request(slot,
						fixtures.boundQuote(slot, 6_495, null, 60,
								"\"address\":\"" + HOUSTON_KEY + "\",\"customerEmail\":\"someone@example.com\"")),
				"address", json.readValue(HOUSTON, Map.class));
		post(someoneElse).expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.error.field")
			.isEqualTo("customerEmail");
		assertThat(bookingsOf(slot)).isZero();

		post(houston).expectStatus().isAccepted();
		assertThat(bookingsOf(slot)).isEqualTo(1);
	}

	@Test
	void anotherAddressTakesThePriceOfAQuoteMadeForItAndNothingChangesWithoutOne() {
		BookingFixtures.Slot slot = slot();
		Map<String, Object> houston = with(
				fixtures.request(slot,
						fixtures.boundQuote(slot, 6_495, null, 60, "\"address\":\"" + HOUSTON_KEY + "\"")),
				"address", json.readValue(HOUSTON, Map.class));
		JsonNode booked = post(houston).expectStatus()
			.isAccepted()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		String id = booked.get("id").stringValue();
		String token = booked.get("accessToken").stringValue();
		Map<String, Object> dallas = Map.of("line1", "1 Main St", "city", "Dallas", "state", "TX", "postalCode",
				"75201", "country", "US");
		String dallasQuote = fixtures.boundQuote(slot, 7_210, null, 60,
				"\"address\":\"1 main st|dallas|tx|75201|us||\"");

		put(id, token, Map.of("address", dallas)).expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.error.code")
			.isEqualTo("QUOTE_INVALID")
			.jsonPath("$.error.field")
			.isEqualTo("quoteToken");
		put(id, token,
				Map.of("address", dallas, "quoteToken",
						fixtures.boundQuote(slot, 6_495, null, 60, "\"address\":\"" + HOUSTON_KEY + "\"")))
			.expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.error.field")
			.isEqualTo("address");
		put(id, token, Map.of("attendees", List.of(Map.of("name", "Two"), Map.of("name", "Three")))).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.error.field")
			.isEqualTo("holdId");
		assertThat(fixtures.count(
				"select count(*) from booking where id = :id and total_cents = 6495 and address like '%Houston%'",
				UUID.fromString(id)))
			.isEqualTo(1);

		put(id, token, Map.of("address", dallas, "quoteToken", dallasQuote)).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.address.city")
			.isEqualTo("Dallas")
			.jsonPath("$.pricing.finalPriceCents")
			.isEqualTo(7_210);
		assertThat(fixtures
			.count("select count(*) from booking where id = :id and total_cents = 7210 and address like '%Dallas%'"
					+ " and previous_quote like '%6495%'", UUID.fromString(id)))
			.isEqualTo(1);
		assertThat(fixtures
			.count("select count(*) from booking_audit where booking_id = :id and action = 'UPDATE_DETAILS'"
					+ " and changes like '%Dallas%' and changes like '%\"totalCents\":{\"from\":6495,\"to\":7210}%'",
					UUID.fromString(id)))
			.isEqualTo(1);
	}

	private WebTestClient.ResponseSpec put(String id, String token, Map<String, Object> body) {
		return web.put().uri("/api/v2/bookings/{id}", id).header("X-Booking-Token", token).bodyValue(body).exchange();
	}

	@Test
	void aOnePerCustomerPromoCodeIsRefusedTheSecondTimeWhenTheBookingCommitsWhateverTheQuoteSaid() {
		String code = "ONCE" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
		String limited = "\"promoPerCustomerLimit\":1,\"promoTotalLimit\":null";
		BookingFixtures.Slot first = slot();
		post(with(fixtures.request(first, fixtures.boundQuote(first, 6_000, code, 60, limited)), "promoCode", code))
			.expectStatus()
			.isAccepted();

		BookingFixtures.Slot second = slot();
		post(with(fixtures.request(second, fixtures.boundQuote(second, 6_000, code, 60, limited)), "promoCode", code))
			.expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.error.code")
			.isEqualTo("PROMO_LIMIT_REACHED")
			.jsonPath("$.error.field")
			.isEqualTo("promoCode");
		assertThat(bookingsOf(second)).isZero();

		Map<String, Object> anotherCustomer = with(
				with(fixtures.request(second, fixtures.boundQuote(second, 6_000, code, 60, limited)), "promoCode",
						code),
				"customerEmail", "someone-else@example.com");
		post(anotherCustomer).expectStatus().isAccepted();
	}

}
