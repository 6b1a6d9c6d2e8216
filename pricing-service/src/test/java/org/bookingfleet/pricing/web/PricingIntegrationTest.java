package org.bookingfleet.pricing.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;

import org.bookingfleet.pricing.catalog.DemoCatalog;
import org.bookingfleet.pricing.geo.GreatCircle;
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

@FleetIntegrationTest
@AutoConfigureWebTestClient
class PricingIntegrationTest {

	private static final ZoneId HOUSTON = ZoneId.of("America/Chicago");

	private static final double HOUSTON_LAT = DemoCatalog.HOUSTON_CENTRE.latitude();

	private static final double HOUSTON_LNG = DemoCatalog.HOUSTON_CENTRE.longitude();

	@Autowired
	WebTestClient web;

	@Autowired
	QuoteSigner signer;

	@Autowired
	DatabaseClient database;

	@Test
	void saturdayEveningNotaryTwentyMilesOutWithTenPercentOffIsTheWorkedExample() {
		Map<String, Object> request = Map.of("serviceId", "hmnp-standard-notary", "scheduledDateTime",
				nextSaturdayAt(LocalTime.of(18, 0)).toString(), "address",
				Map.of("line1", "1 Main St", "city", "Houston", "state", "TX", "country", "US", "lat",
						HOUSTON_LAT + milesNorth(20), "lng", HOUSTON_LNG),
				"promoCode", "welcome10");

		QuoteView quote = post(request).expectStatus()
			.isOk()
			.expectBody(QuoteView.class)
			.returnResult()
			.getResponseBody();

		// 75.00 + 2.50 travel + 40.00 weekend + 30.00 after hours - 14.75 promo + 10.95
		// tax = 143.70
		assertThat(quote.breakdown()).extracting(QuoteView.LineView::code, QuoteView.LineView::amountCents)
			.containsExactly(tuple("BASE", 7_500L), tuple("TRAVEL", 250L), tuple("WEEKEND", 4_000L),
					tuple("AFTER_HOURS", 3_000L), tuple("PROMO", -1_475L), tuple("TAX", 1_095L));
		assertThat(quote.finalPriceCents()).isEqualTo(14_370);
		assertThat(quote.timeSurchargeCents()).isEqualTo(7_000);
		assertThat(quote.promoCode()).isEqualTo("WELCOME10");
		assertThat(quote.breakdown()).extracting(QuoteView.LineView::rule)
			.contains("tax.US-TX/v1", "promo.WELCOME10/v1");
		assertThat(quote.expiresAt()).isEqualTo(quote.issuedAt().plusSeconds(15 * 60));
	}

	@Test
	void quoteTokenVerifiesWithoutTheServiceAndCarriesTheQuotedFigures() {
		QuoteView quote = post(ronRequest()).expectStatus()
			.isOk()
			.expectBody(QuoteView.class)
			.returnResult()
			.getResponseBody();

		TokenVerification verification = signer.verify(quote.quoteToken(), quote.issuedAt());

		assertThat(verification).isInstanceOf(TokenVerification.Valid.class);
		TokenVerification.Valid valid = (TokenVerification.Valid) verification;
		assertThat(valid.keyId()).isEqualTo("test-2");
		assertThat(valid.claims().quoteId()).isEqualTo(quote.quoteId());
		assertThat(valid.claims().finalPriceCents()).isEqualTo(quote.finalPriceCents()).isEqualTo(3_789);
	}

	@Test
	void everyQuoteIsKeptAsAPriceSnapshot() {
		QuoteView quote = post(ronRequest()).expectStatus()
			.isOk()
			.expectBody(QuoteView.class)
			.returnResult()
			.getResponseBody();

		Map<String, Object> row = database
			.sql("select final_price_cents, token, breakdown from quote where id = :id::uuid")
			.bind("id", quote.quoteId())
			.fetch()
			.one()
			.toFuture()
			.join();
		assertThat(row.get("final_price_cents")).isEqualTo(3_789L);
		assertThat(row.get("token")).isEqualTo(quote.quoteToken());
		assertThat((String) row.get("breakdown")).contains("\"code\":\"TAX\"").contains("\"amountCents\":289");
	}

	@Test
	void getWithQueryParametersQuotesLikeThePost() {
		QuoteView quote = web.get()
			.uri(uri -> uri.path("/api/v2/services/pricing")
				.queryParam("serviceId", "fa-emergency-first-aid-at-work")
				.queryParam("scheduledDateTime", "{start}")
				.queryParam("attendees", 5)
				.build(nextWeekdayAt(ZoneId.of("Europe/London"), LocalTime.of(9, 0), 7).toString()))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(QuoteView.class)
			.returnResult()
			.getResponseBody();

		// 5 x 87.50 = 437.50 + VAT 87.50 = 525.00; deposit 20% = 105.00
		assertThat(quote.finalPriceCents()).isEqualTo(52_500);
		assertThat(quote.depositRequiredCents()).isEqualTo(10_500);
	}

	@Test
	void addressWithOnlyAPostcodeIsPlacedByItsCentroid() {
		Map<String, Object> request = Map.of("serviceId", "hmnp-standard-notary", "scheduledDateTime",
				nextWeekdayAt(HOUSTON, LocalTime.of(10, 0), 3).toString(), "address",
				Map.of("postalCode", "77002", "country", "US"));

		post(request).expectStatus().isOk().expectBody().jsonPath("$.travelFeeCents").isEqualTo(0);
	}

	@Test
	void houstonZipBeyondTheOldDemoTableWithoutCoordinatesIsPlacedAndPaysTravel() {
		Map<String, Object> request = Map.of("serviceId", "hmnp-standard-notary", "scheduledDateTime",
				nextWeekdayAt(HOUSTON, LocalTime.of(10, 0), 3).toString(), "address",
				Map.of("line1", "1 Katy Fwy", "city", "Katy", "state", "TX", "postalCode", "77449", "country", "US"));

		QuoteView quote = post(request).expectStatus()
			.isOk()
			.expectBody(QuoteView.class)
			.returnResult()
			.getResponseBody();

		// 77449's internal point (29.8376, -95.7337) is 22.46 mi from the centre: 7.46 mi
		// beyond 15 at 50c = 3.73
		assertThat(quote.breakdown()).filteredOn(line -> line.code().equals("TRAVEL"))
			.extracting(QuoteView.LineView::amountCents)
			.containsExactly(373L);
		assertThat(quote.travelFeeCents()).isEqualTo(373);
	}

	@Test
	void unknownZipIsRefusedNamingThePostcodeNotGuessed() {
		Map<String, Object> request = Map.of("serviceId", "hmnp-standard-notary", "scheduledDateTime",
				nextWeekdayAt(HOUSTON, LocalTime.of(10, 0), 3).toString(), "address",
				Map.of("postalCode", "99999", "country", "US"));

		post(request).expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.error.code")
			.isEqualTo("OUT_OF_SERVICE_AREA")
			.jsonPath("$.error.field")
			.isEqualTo("address.postalCode")
			.jsonPath("$.error.details.reason")
			.isEqualTo("ADDRESS_UNRESOLVABLE");
	}

	@Test
	void zipFarFromTheNotaryIsPlacedAndBeyondItsReach() {
		Map<String, Object> request = Map.of("serviceId", "hmnp-standard-notary", "scheduledDateTime",
				nextWeekdayAt(HOUSTON, LocalTime.of(10, 0), 3).toString(), "address",
				Map.of("postalCode", "10001", "country", "US"));

		post(request).expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.error.code")
			.isEqualTo("OUT_OF_SERVICE_AREA")
			.jsonPath("$.error.details.reason")
			.isEqualTo("BEYOND_EXTENDED_RADIUS");
	}

	@Test
	void addressBeyondTheExtendedRadiusIsOutOfServiceArea() {
		Map<String, Object> request = Map.of("serviceId", "hmnp-standard-notary", "scheduledDateTime",
				nextWeekdayAt(HOUSTON, LocalTime.of(10, 0), 3).toString(), "address",
				Map.of("lat", HOUSTON_LAT + milesNorth(60), "lng", HOUSTON_LNG));

		post(request).expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.error.code")
			.isEqualTo("OUT_OF_SERVICE_AREA");
	}

	@Test
	void mobileServiceWithoutAnAddressIsAValidationFailure() {
		Map<String, Object> request = Map.of("serviceId", "hmnp-standard-notary", "scheduledDateTime",
				nextWeekdayAt(HOUSTON, LocalTime.of(10, 0), 3).toString());

		post(request).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.error.code")
			.isEqualTo("VALIDATION_FAILED")
			.jsonPath("$.error.field")
			.isEqualTo("address");
	}

	@Test
	void unknownServiceIsInvalidService() {
		post(Map.of("serviceId", "no-such-service", "scheduledDateTime", "2030-01-01T10:00:00Z")).expectStatus()
			.isNotFound()
			.expectBody()
			.jsonPath("$.error.code")
			.isEqualTo("INVALID_SERVICE")
			.jsonPath("$.error.field")
			.isEqualTo("serviceId");
	}

	@Test
	void unknownPromoCodeIsPromoInvalidWithItsReason() {
		Map<String, Object> request = Map.of("serviceId", "hmnp-ron-oath", "scheduledDateTime",
				nextWeekdayAt(HOUSTON, LocalTime.of(3, 0), 2).toString(), "promoCode", "NOPE");

		post(request).expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.error.code")
			.isEqualTo("PROMO_INVALID")
			.jsonPath("$.error.details.reason")
			.isEqualTo("UNKNOWN");
	}

	@Test
	void promoCodeForAnotherServiceIsNotApplicable() {
		Map<String, Object> request = Map.of("serviceId", "hmnp-ron-oath", "scheduledDateTime",
				nextWeekdayAt(HOUSTON, LocalTime.of(3, 0), 2).toString(), "promoCode", "BARBA2000");

		post(request).expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.error.details.reason")
			.isEqualTo("NOT_APPLICABLE");
	}

	@Test
	void startInThePastIsAPolicyViolation() {
		post(Map.of("serviceId", "hmnp-ron-oath", "scheduledDateTime", "2020-01-01T10:00:00Z")).expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.error.code")
			.isEqualTo("POLICY_VIOLATION")
			.jsonPath("$.error.field")
			.isEqualTo("scheduledDateTime");
	}

	@Test
	void startAtTheEndOfTimeIsAPolicyViolationNotAServerError() {
		post(Map.of("serviceId", "hmnp-ron-oath", "scheduledDateTime", "+999999999-12-31T23:59:59Z")).expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.error.code")
			.isEqualTo("POLICY_VIOLATION")
			.jsonPath("$.error.details.reason")
			.isEqualTo("BEYOND_BOOKING_HORIZON");
	}

	@Test
	void missingStartIsAValidationFailureNamingTheField() {
		post(Map.of("serviceId", "hmnp-ron-oath")).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.error.code")
			.isEqualTo("VALIDATION_FAILED")
			.jsonPath("$.error.field")
			.isEqualTo("scheduledDateTime");
	}

	@Test
	void attendeesOfTheWrongTypeAreRefusedAndNothingIsStored() {
		long before = quotes();

		post(Map.of("serviceId", "hmnp-ron-oath", "scheduledDateTime", "2030-01-01T10:00:00Z", "attendees", "many"))
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.error.code")
			.isEqualTo("VALIDATION_FAILED");
		assertThat(quotes()).isEqualTo(before);
	}

	private Map<String, Object> ronRequest() {
		return Map.of("serviceId", "hmnp-ron-acknowledgment", "scheduledDateTime",
				nextWeekdayAt(HOUSTON, LocalTime.of(3, 0), 2).toString());
	}

	private WebTestClient.ResponseSpec post(Map<String, Object> body) {
		return web.post()
			.uri("/api/v2/services/pricing")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange();
	}

	private long quotes() {
		return database.sql("select count(*) from quote").map(row -> row.get(0, Long.class)).one().toFuture().join();
	}

	private static double milesNorth(double miles) {
		return Math.toDegrees(miles / GreatCircle.EARTH_MEAN_RADIUS_MILES);
	}

	/** The first Saturday at least two days from now, at a local time in Houston. */
	private static Instant nextSaturdayAt(LocalTime time) {
		LocalDate day = LocalDate.now(HOUSTON).plusDays(2).with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
		return day.atTime(time).atZone(HOUSTON).toInstant();
	}

	/**
	 * The first weekday at least {@code daysAhead} days from now, at a local time in the
	 * zone.
	 */
	private static Instant nextWeekdayAt(ZoneId zone, LocalTime time, int daysAhead) {
		LocalDate day = LocalDate.now(zone).plusDays(daysAhead);
		while (List.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY).contains(day.getDayOfWeek())) {
			day = day.plusDays(1);
		}
		return day.atTime(time).atZone(zone).toInstant();
	}

}
