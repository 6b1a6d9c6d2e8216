package org.bookingfleet.pricing.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bookingfleet.pricing.catalog.DemoCatalog;
import org.bookingfleet.pricing.quote.OccurrenceClaims;
import org.bookingfleet.pricing.quote.TokenVerification;
import org.bookingfleet.pricing.quote.internal.token.QuoteSigner;
import org.bookingfleet.pricing.quote.internal.web.QuoteView;
import org.bookingfleet.testsupport.FleetIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * {@code POST /api/v2/services/pricing} with a recurrence: one signed quote, every
 * occurrence at its own price.
 */
@FleetIntegrationTest
@AutoConfigureWebTestClient
class SeriesQuoteIntegrationTest {

	private static final ZoneId HOUSTON = ZoneId.of("America/Chicago");

	@Autowired
	WebTestClient web;

	@Autowired
	QuoteSigner signer;

	@Autowired
	DatabaseClient database;

	@Test
	void dailySeriesFromThursdayPricesTheWeekendOccurrencesWithTheWeekendSurcharge() {
		LocalDate thursday = LocalDate.now(HOUSTON).plusDays(2).with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY));
		Instant first = thursday.atTime(LocalTime.of(10, 0)).atZone(HOUSTON).toInstant();

		QuoteView quote = post(notary(first, Map.of("frequency", "DAILY", "count", 4))).expectStatus()
			.isOk()
			.expectBody(QuoteView.class)
			.returnResult()
			.getResponseBody();

		assertThat(quote.occurrences()).extracting(QuoteView.OccurrenceView::scheduledDateTime)
			.containsExactly(first, local(thursday.plusDays(1)), local(thursday.plusDays(2)),
					local(thursday.plusDays(3)));
		assertThat(quote.occurrences()).extracting(QuoteView.OccurrenceView::finalPriceCents)
			.containsExactly(8_119L, 8_119L, 12_449L, 12_449L);
		assertThat(quote.occurrences().get(2).breakdown()).extracting(QuoteView.LineView::code)
			.containsExactly("BASE", "WEEKEND", "TAX");
		assertThat(quote.occurrences().get(2).breakdown()).extracting(QuoteView.LineView::rule)
			.contains("surcharge.weekend/v1");
		assertThat(quote.finalPriceCents()).isEqualTo(8_119);
		assertThat(quote.scheduledDateTime()).isEqualTo(first);
		assertThat(quote.seriesTotalCents()).isEqualTo(41_136L);
		assertThat(quote.seriesDepositRequiredCents()).isZero();
		assertThat(quote.recurrence()).isEqualTo(new QuoteView.RecurrenceView("DAILY", 4, null));

		TokenVerification verification = signer.verify(quote.quoteToken(), quote.issuedAt());
		assertThat(verification).isInstanceOf(TokenVerification.Valid.class);
		assertThat(((TokenVerification.Valid) verification).claims().series().orElseThrow().occurrences())
			.extracting(OccurrenceClaims::finalPriceCents)
			.containsExactly(8_119L, 8_119L, 12_449L, 12_449L);
		String stored = database.sql("select occurrences from quote where id = :id::uuid")
			.bind("id", quote.quoteId())
			.map(row -> row.get(0, String.class))
			.one()
			.toFuture()
			.join();
		assertThat(stored).contains("\"finalPriceCents\":12449").contains("surcharge.weekend/v1");
	}

	@Test
	void quoteWithoutRecurrenceAnswersAsItAlwaysDid() {
		web.post()
			.uri("/api/v2/services/pricing")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(ron(weekdayAt(LocalTime.of(3, 0)), null))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.occurrences")
			.doesNotExist()
			.jsonPath("$.recurrence")
			.doesNotExist()
			.jsonPath("$.seriesTotalCents")
			.doesNotExist()
			.jsonPath("$.finalPriceCents")
			.isEqualTo(3_789);
	}

	@Test
	void getWithFlatRecurrenceParametersQuotesTheSeries() {
		web.get()
			.uri(uri -> uri.path("/api/v2/services/pricing")
				.queryParam("serviceId", "hmnp-ron-acknowledgment")
				.queryParam("scheduledDateTime", "{start}")
				.queryParam("frequency", "WEEKLY")
				.queryParam("count", 3)
				.build(weekdayAt(LocalTime.of(3, 0)).toString()))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.occurrences.length()")
			.isEqualTo(3)
			.jsonPath("$.seriesTotalCents")
			.isEqualTo(3 * 3_789);
	}

	@Test
	void unknownFrequencyIsAValidationFailureInTheEnvelope() {
		refused(Map.of("frequency", "YEARLY", "count", 2), "recurrence.frequency");
	}

	@Test
	void countAndUntilTogetherAreAValidationFailure() {
		refused(Map.of("frequency", "WEEKLY", "count", 2, "until", "2030-01-01"), "recurrence");
	}

	@Test
	void neitherCountNorUntilIsAValidationFailure() {
		refused(Map.of("frequency", "WEEKLY"), "recurrence");
	}

	@Test
	void countOutsideOneToFiftyTwoIsAValidationFailure() {
		refused(Map.of("frequency", "WEEKLY", "count", 0), "recurrence.count");
		refused(Map.of("frequency", "WEEKLY", "count", 53), "recurrence.count");
	}

	@Test
	void untilThatIsNotADateIsAValidationFailure() {
		refused(Map.of("frequency", "WEEKLY", "until", "next month"), "recurrence.until");
	}

	@Test
	void untilBeforeTheFirstOccurrenceIsAValidationFailure() {
		Instant start = weekdayAt(LocalTime.of(3, 0));
		refused(Map.of("frequency", "DAILY", "until", start.atZone(HOUSTON).toLocalDate().minusDays(1).toString()),
				"recurrence.until");
	}

	@Test
	void occurrenceBeyondTheBookingHorizonRefusesTheSeriesNamingTheOccurrence() {
		long before = quotes();

		web.post()
			.uri("/api/v2/services/pricing")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(ron(weekdayAt(LocalTime.of(3, 0)), Map.of("frequency", "MONTHLY", "count", 30)))
			.exchange()
			.expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.error.code")
			.isEqualTo("POLICY_VIOLATION")
			.jsonPath("$.error.field")
			.isEqualTo("recurrence")
			.jsonPath("$.error.details.reason")
			.isEqualTo("BEYOND_BOOKING_HORIZON")
			.jsonPath("$.error.details.occurrence")
			.isNumber();
		assertThat(quotes()).isEqualTo(before);
	}

	private void refused(Map<String, Object> recurrence, String field) {
		long before = quotes();
		web.post()
			.uri("/api/v2/services/pricing")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(ron(weekdayAt(LocalTime.of(3, 0)), recurrence))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.error.code")
			.isEqualTo("VALIDATION_FAILED")
			.jsonPath("$.error.field")
			.isEqualTo(field)
			.jsonPath("$.error.message")
			.isNotEmpty()
			.jsonPath("$.error.requestId")
			.isNotEmpty()
			.jsonPath("$.error.timestamp")
			.isNotEmpty();
		assertThat(quotes()).isEqualTo(before);
	}

	private WebTestClient.ResponseSpec post(Map<String, Object> body) {
		return web.post()
			.uri("/api/v2/services/pricing")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange();
	}

	private static Map<String, Object> notary(Instant start, Map<String, Object> recurrence) {
		return Map.of("serviceId", "hmnp-standard-notary", "scheduledDateTime", start.toString(), "address",
				Map.of("lat", DemoCatalog.HOUSTON_CENTRE.latitude(), "lng", DemoCatalog.HOUSTON_CENTRE.longitude()),
				"recurrence", recurrence);
	}

	private static Map<String, Object> ron(Instant start, Map<String, Object> recurrence) {
		Map<String, Object> body = new HashMap<>(
				Map.of("serviceId", "hmnp-ron-acknowledgment", "scheduledDateTime", start.toString()));
		if (recurrence != null) {
			body.put("recurrence", recurrence);
		}
		return body;
	}

	private long quotes() {
		return database.sql("select count(*) from quote").map(row -> row.get(0, Long.class)).one().toFuture().join();
	}

	private static Instant local(LocalDate day) {
		return day.atTime(LocalTime.of(10, 0)).atZone(HOUSTON).toInstant();
	}

	/** The first weekday at least two days from now, at a local time in Houston. */
	private static Instant weekdayAt(LocalTime time) {
		LocalDate day = LocalDate.now(HOUSTON).plusDays(2);
		while (List.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY).contains(day.getDayOfWeek())) {
			day = day.plusDays(1);
		}
		return day.atTime(time).atZone(HOUSTON).toInstant();
	}

}
