package org.bookingfleet.booking.bookings.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import org.bookingfleet.booking.BookingSettings;
import org.bookingfleet.booking.bookings.Booking;
import org.bookingfleet.booking.quote.SignedQuotes;
import org.bookingfleet.events.availability.SlotRejected;
import org.bookingfleet.events.availability.SlotReserved;
import org.bookingfleet.testsupport.FleetIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

@FleetIntegrationTest
@AutoConfigureWebTestClient
class SeriesIntegrationTest {

	@Autowired
	WebTestClient web;

	@Autowired
	BookingFixtures fixtures;

	@Autowired
	BookingSettings settings;

	@Autowired
	DatabaseClient database;

	record Created(String token, UUID seriesId, List<UUID> occurrences, BookingFixtures.Slot first) {
	}

	private Created weekly(int count, String onConflict) {
		BookingFixtures.Slot slot = fixtures.hold(fixtures.service(1), fixtures.provider(),
				Instant.now().plus(Duration.ofDays(2)), 1);
		List<SignedQuotes.Priced> prices = weeklyStarts(slot, count).stream()
			.map(start -> new SignedQuotes.Priced(start, 7_500, 0, 0))
			.toList();
		return weekly(slot, count, onConflict, prices);
	}

	private Created weekly(BookingFixtures.Slot slot, int count, String onConflict, List<SignedQuotes.Priced> prices) {
		Map<String, Object> body = new HashMap<>(fixtures.request(slot, seriesQuote(slot, "WEEKLY", count, prices)));
		body.put("recurrence", Map.of("frequency", "WEEKLY", "count", count, "onConflict", onConflict));
		JsonNode created = web.post()
			.uri("/api/v2/bookings")
			.header("Idempotency-Key", UUID.randomUUID().toString())
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isAccepted()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		String token = created.get("accessToken").stringValue();
		UUID seriesId = UUID.fromString(created.get("seriesId").stringValue());
		List<UUID> ids = series(seriesId, token).get("occurrences")
			.valueStream()
			.map(o -> UUID.fromString(o.get("id").stringValue()))
			.toList();
		return new Created(token, seriesId, ids, slot);
	}

	private String seriesQuote(BookingFixtures.Slot slot, String frequency, int count,
			List<SignedQuotes.Priced> prices) {
		return SignedQuotes.sign(settings.keys().get(0), SignedQuotes.seriesClaims("q-" + UUID.randomUUID(),
				slot.serviceId(), frequency, count, null, prices, Instant.now().plus(Duration.ofMinutes(15))));
	}

	/**
	 * The weekly starts of a series in the fixtures' service zone, the same local time
	 * every week.
	 */
	private static List<Instant> weeklyStarts(BookingFixtures.Slot slot, int count) {
		ZonedDateTime first = slot.start().atZone(ZoneId.of("America/Chicago"));
		return IntStream.range(0, count).mapToObj(n -> first.plusWeeks(n).toInstant()).toList();
	}

	private JsonNode series(UUID seriesId, String token) {
		return web.get()
			.uri("/api/v2/bookings/series/{id}", seriesId)
			.header("X-Booking-Token", token)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
	}

	private List<String> statuses(Created created) {
		return series(created.seriesId(), created.token()).get("occurrences")
			.valueStream()
			.map(o -> o.get("status").stringValue())
			.toList();
	}

	private void reserve(Created created, int index) {
		UUID id = created.occurrences().get(index);
		BookingFixtures.Slot first = created.first();
		Instant start = weeklyStarts(first, index + 1).get(index);
		fixtures.publish(new SlotReserved(id, fixtures.holdOf(id), UUID.randomUUID(), first.providerId(),
				first.serviceId(), start, start.plus(Duration.ofHours(1)), 1), id);
	}

	private void reject(Created created, int index) {
		UUID id = created.occurrences().get(index);
		fixtures.publish(new SlotRejected(id, fixtures.holdOf(id), created.first().providerId(), "SLOT_TAKEN"), id);
	}

	@Test
	void skipBooksTheFreeOccurrencesAndReportsTheTakenOne() {
		Created created = weekly(3, "SKIP");
		assertThat(created.occurrences()).hasSize(3);

		reserve(created, 0);
		reject(created, 1);
		reserve(created, 2);

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(statuses(created)).containsExactly("AWAITING_PAYMENT", "REJECTED",
					"AWAITING_PAYMENT"));
		JsonNode view = series(created.seriesId(), created.token());
		assertThat(view.get("conflicts").valueStream().map(c -> c.get("index").intValue())).containsExactly(1);
	}

	@Test
	void failCancelsTheWholeSeriesWhenOneOccurrenceIsTaken() {
		Created created = weekly(3, "FAIL");

		reserve(created, 0);
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(statuses(created).get(0)).isEqualTo("AWAITING_PAYMENT"));
		reject(created, 1);

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(statuses(created)).containsExactly("CANCELLED", "REJECTED", "CANCELLED"));
		assertThat(fixtures.outboxTypes(created.occurrences().get(0))).endsWith("BookingCancelled");
	}

	@Test
	void cancellingFromOneOccurrenceOnCancelsTheLaterOnesOnly() {
		Created created = weekly(3, "SKIP");
		reserve(created, 0);
		reserve(created, 1);
		reserve(created, 2);
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(statuses(created)).containsOnly("AWAITING_PAYMENT"));

		web.delete()
			.uri("/api/v2/bookings/{id}?scope=FUTURE", created.occurrences().get(1))
			.header("X-Booking-Token", created.token())
			.exchange()
			.expectStatus()
			.isOk();

		assertThat(statuses(created)).containsExactly("AWAITING_PAYMENT", "CANCELLED", "CANCELLED");
	}

	@Test
	void everyOccurrenceKeepsTheSnapshotAndAmountDueItsQuoteSignedForIt() {
		BookingFixtures.Slot slot = fixtures.hold(fixtures.service(1), fixtures.provider(),
				Instant.now().plus(Duration.ofDays(2)), 1);
		List<Instant> starts = weeklyStarts(slot, 3);
		Created created = weekly(slot, 3, "SKIP",
				List.of(new SignedQuotes.Priced(starts.get(0), 7_500, 0, 0),
						new SignedQuotes.Priced(starts.get(1), 7_500, 4_000, 2_000),
						new SignedQuotes.Priced(starts.get(2), 9_000, 0, 0)));

		List<Map<String, Object>> rows = database
			.sql("""
					select total_cents, deposit_cents, amount_due_cents, quote from booking where series_id = :series order by series_index
					""")
			.bind("series", created.seriesId())
			.fetch()
			.all()
			.collectList()
			.block();
		assertThat(rows).extracting(row -> row.get("total_cents")).containsExactly(7_500L, 11_500L, 9_000L);
		assertThat(rows).extracting(row -> row.get("deposit_cents")).containsExactly(0L, 2_000L, 0L);
		assertThat(rows).extracting(row -> row.get("amount_due_cents")).containsExactly(7_500L, 2_000L, 9_000L);

		JsonNode second = web.get()
			.uri("/api/v2/bookings/{id}", created.occurrences().get(1))
			.header("X-Booking-Token", created.token())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		assertThat(second.get("amountDueCents").longValue()).isEqualTo(2_000);
		assertThat(second.at("/pricing/finalPriceCents").longValue()).isEqualTo(11_500);
		assertThat(second.at("/pricing/scheduledAt").stringValue()).isEqualTo(starts.get(1).toString());
		assertThat(second.at("/pricing/breakdown")
			.valueStream()
			.map(line -> line.get("code").stringValue() + "=" + line.get("amountCents").longValue() + "@"
					+ line.get("rule").stringValue()))
			.containsExactly("BASE=7500@base.fixed/v1", "WEEKEND=4000@surcharge.weekend/v1",
					"DEPOSIT=2000@deposit.fixed/v1");

		reserve(created, 0);
		reserve(created, 1);
		reserve(created, 2);
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(statuses(created)).containsOnly("AWAITING_PAYMENT"));
		String announced = database
			.sql("""
					select convert_from(payload, 'UTF8') from outbox_event where event_key = :key and event_type = 'BookingAwaitingPayment'
					""")
			.bind("key", created.occurrences().get(1).toString())
			.map(row -> row.get(0, String.class))
			.one()
			.block();
		assertThat(announced).contains("\"amountDueCents\":2000")
			.contains("\"totalCents\":11500")
			.contains("surcharge.weekend/v1");
		assertThat(series(created.seriesId(), created.token()).get("occurrences")
			.valueStream()
			.map(o -> o.get("finalPriceCents").longValue())).containsExactly(7_500L, 11_500L, 9_000L);
	}

	@Test
	void skippedOccurrenceIsReportedWithNothingDue() {
		BookingFixtures.Slot slot = fixtures.hold(fixtures.service(1), fixtures.provider(),
				Instant.now().plus(Duration.ofDays(2)), 1);
		List<Instant> starts = weeklyStarts(slot, 2);
		Created created = weekly(slot, 2, "SKIP", List.of(new SignedQuotes.Priced(starts.get(0), 7_500, 0, 0),
				new SignedQuotes.Priced(starts.get(1), 7_500, 4_000, 0)));

		reserve(created, 0);
		reject(created, 1);

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(statuses(created)).containsExactly("AWAITING_PAYMENT", "REJECTED"));
		JsonNode conflict = series(created.seriesId(), created.token()).get("conflicts").get(0);
		assertThat(conflict.get("index").intValue()).isEqualTo(1);
		assertThat(conflict.get("finalPriceCents").longValue()).isEqualTo(11_500);
		assertThat(conflict.get("amountDueCents").longValue()).isZero();
		assertThat(fixtures.outboxTypes(created.occurrences().get(1))).doesNotContain("BookingAwaitingPayment");
	}

	@Test
	void seriesBookedWithAQuoteForOneAppointmentIsRefusedAndNothingIsStored() {
		BookingFixtures.Slot slot = fixtures.hold(fixtures.service(1), fixtures.provider(),
				Instant.now().plus(Duration.ofDays(2)), 1);
		Map<String, Object> body = new HashMap<>(fixtures.request(slot, fixtures.quote(slot, 7_500, 0)));
		body.put("recurrence", Map.of("frequency", "WEEKLY", "count", 3, "onConflict", "SKIP"));

		refused(body, slot, "the quote prices one appointment");
	}

	@Test
	void seriesWhoseQuotePricedOtherStartsIsRefusedNamingTheOccurrence() {
		BookingFixtures.Slot slot = fixtures.hold(fixtures.service(1), fixtures.provider(),
				Instant.now().plus(Duration.ofDays(2)), 1);
		List<Instant> starts = weeklyStarts(slot, 3);
		List<SignedQuotes.Priced> prices = List.of(new SignedQuotes.Priced(starts.get(0), 7_500, 0, 0),
				new SignedQuotes.Priced(starts.get(1), 7_500, 0, 0),
				new SignedQuotes.Priced(starts.get(2).plus(Duration.ofHours(1)), 7_500, 0, 0));
		Map<String, Object> body = new HashMap<>(fixtures.request(slot, seriesQuote(slot, "WEEKLY", 3, prices)));
		body.put("recurrence", Map.of("frequency", "WEEKLY", "count", 3, "onConflict", "FAIL"));

		refused(body, slot, "occurrence 2 of the quote is at " + starts.get(2).plus(Duration.ofHours(1))
				+ " but the series has it at " + starts.get(2));
	}

	@Test
	void seriesWhoseQuotePricedAnotherRecurrenceIsRefused() {
		BookingFixtures.Slot slot = fixtures.hold(fixtures.service(1), fixtures.provider(),
				Instant.now().plus(Duration.ofDays(2)), 1);
		List<SignedQuotes.Priced> prices = weeklyStarts(slot, 2).stream()
			.map(start -> new SignedQuotes.Priced(start, 7_500, 0, 0))
			.toList();
		Map<String, Object> body = new HashMap<>(fixtures.request(slot, seriesQuote(slot, "WEEKLY", 2, prices)));
		body.put("recurrence", Map.of("frequency", "WEEKLY", "count", 3, "onConflict", "FAIL"));

		refused(body, slot, "the quote prices a WEEKLY series of 2 but the booking asks for a WEEKLY series of 3");
	}

	private void refused(Map<String, Object> body, BookingFixtures.Slot slot, String message) {
		String key = UUID.randomUUID().toString();
		JsonNode error = web.post()
			.uri("/api/v2/bookings")
			.header("Idempotency-Key", key)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isEqualTo(422)
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody()
			.get("error");
		assertThat(error.get("code").stringValue()).isEqualTo("QUOTE_INVALID");
		assertThat(error.get("field").stringValue()).isEqualTo("quoteToken");
		assertThat(error.get("message").stringValue()).startsWith(message);
		assertThat(error.get("requestId").stringValue()).isNotBlank();
		assertThat(database.sql("select count(*) from booking where hold_id = :hold")
			.bind("hold", slot.holdId())
			.map(row -> row.get(0, Long.class))
			.one()
			.block()).isZero();
		assertThat(database.sql(
				"select count(*) from booking_series s where not exists (select 1 from booking b where b.series_id = s.id)")
			.map(row -> row.get(0, Long.class))
			.one()
			.block()).isZero();
	}

}
