package org.bookingfleet.pricing.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bookingfleet.pricing.engine.WorkedExamplesTest.north;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.bookingfleet.pricing.catalog.DemoCatalog;
import org.bookingfleet.pricing.catalog.LineCode;
import org.bookingfleet.pricing.catalog.ServiceDefinition;
import org.bookingfleet.pricing.catalog.TaxJurisdiction;
import org.bookingfleet.pricing.engine.PricingRefusal.Reason;
import org.bookingfleet.pricing.geo.Coordinates;
import org.bookingfleet.pricing.money.Money;
import org.bookingfleet.pricing.money.Percentage;
import org.bookingfleet.pricing.promo.PromoCode;
import org.bookingfleet.pricing.promo.PromoDiscount;
import org.bookingfleet.pricing.promo.PromoRefusal;
import org.bookingfleet.pricing.promo.PromoUsage;
import org.junit.jupiter.api.Test;

class PricingEngineTest {

	/** Tuesday 1 December 2026, 09:00 in Houston. */
	private static final Instant NOW = Instant.parse("2026-12-01T15:00:00Z");

	/** Wednesday 2 December 2026, 10:00 in Houston: a weekday inside regular hours. */
	private static final Instant WEEKDAY_MORNING = Instant.parse("2026-12-02T16:00:00Z");

	private static final Coordinates DOWNTOWN = DemoCatalog.HOUSTON_CENTRE;

	private final PricingEngine engine = new PricingEngine();

	@Test
	void weekdayMorningWithinTheStandardRadiusCostsTheBasePriceAndTax() {
		PriceBreakdown quote = priced("hmnp-standard-notary", at(WEEKDAY_MORNING, DOWNTOWN));

		assertThat(quote.lines()).extracting(BreakdownLine::code).containsExactly(LineCode.BASE, LineCode.TAX);
		assertThat(quote.finalPriceCents()).isEqualTo(7_500 + 619);
	}

	@Test
	void everyLineNamesItsRuleAndTheRevisionItRead() {
		PriceBreakdown quote = priced("hmnp-loan-signing", at(WEEKDAY_MORNING, north(DOWNTOWN, 30)));

		assertThat(quote.lines()).extracting(line -> line.rule().toString())
			.containsExactly("base.fixed/v1", "travel.per-mile-beyond-standard-radius/v1", "tax.US-TX/v1",
					"deposit.fixed/v1");
	}

	@Test
	void startLessThanFourHoursAwayCarriesTheEmergencyFee() {
		Instant inThreeHours = NOW.plus(Duration.ofHours(3));

		PriceBreakdown quote = priced("hmnp-standard-notary", at(inThreeHours, DOWNTOWN));

		assertThat(quote.line(LineCode.EMERGENCY)).map(line -> line.amount().cents()).contains(5_000L);
	}

	@Test
	void startExactlyFourHoursAwayCarriesNoEmergencyFee() {
		PriceBreakdown quote = priced("hmnp-standard-notary", at(NOW.plus(Duration.ofHours(4)), DOWNTOWN));

		assertThat(quote.line(LineCode.EMERGENCY)).isEmpty();
	}

	@Test
	void afterHoursIsJudgedInTheServicesTimeZoneNotInUtc() {
		// 16:30 in Houston is 22:30 UTC: regular hours locally.
		PriceBreakdown quote = priced("hmnp-standard-notary", at(Instant.parse("2026-12-02T22:30:00Z"), DOWNTOWN));

		assertThat(quote.line(LineCode.AFTER_HOURS)).isEmpty();
	}

	@Test
	void addressBeyondTheExtendedRadiusIsOutOfServiceArea() {
		assertThat(refusal("hmnp-standard-notary", at(WEEKDAY_MORNING, north(DOWNTOWN, 40.5))).reason())
			.isEqualTo(Reason.OUT_OF_SERVICE_AREA);
	}

	@Test
	void addressOnTheExtendedRadiusIsStillServed() {
		PriceBreakdown quote = priced("hmnp-standard-notary", at(WEEKDAY_MORNING, north(DOWNTOWN, 40)));

		// 25.00 mi beyond the standard 15 mi at 0.50 a mile
		assertThat(quote.travelFeeCents()).isEqualTo(1_250);
	}

	@Test
	void mobileServiceWithoutALocationIsRefused() {
		PricingRequest request = new PricingRequest(WEEKDAY_MORNING, Optional.empty(), 1, Optional.empty(),
				Optional.empty(), NOW);

		assertThat(refusal("hmnp-standard-notary", request).reason()).isEqualTo(Reason.LOCATION_REQUIRED);
	}

	@Test
	void startInThePastIsRefused() {
		assertThat(refusal("hmnp-standard-notary", at(NOW.minusSeconds(60), DOWNTOWN)).reason())
			.isEqualTo(Reason.START_IN_THE_PAST);
	}

	@Test
	void startInsideTheMinimumNoticeIsRefused() {
		assertThat(refusal("hmnp-standard-notary", at(NOW.plus(Duration.ofMinutes(59)), DOWNTOWN)).reason())
			.isEqualTo(Reason.NOTICE_TOO_SHORT);
	}

	@Test
	void startBeyondTheBookingHorizonIsRefused() {
		Instant inThreeYears = Instant.parse("2029-12-05T16:00:00Z");

		assertThat(refusal("hmnp-ron-oath", at(inThreeYears, DOWNTOWN)).reason())
			.isEqualTo(Reason.BEYOND_BOOKING_HORIZON);
	}

	@Test
	void startOutsideTheBookableHoursIsRefused() {
		// 22:00 in Houston; the Standard Notary starts at 21:00 at the latest.
		assertThat(refusal("hmnp-standard-notary", at(Instant.parse("2026-12-03T04:00:00Z"), DOWNTOWN)).reason())
			.isEqualTo(Reason.OUTSIDE_SERVICE_HOURS);
	}

	@Test
	void courseForMoreAttendeesThanItsSeatsIsRefused() {
		PricingRequest request = new PricingRequest(Instant.parse("2027-06-08T07:30:00Z"), Optional.empty(), 13,
				Optional.empty(), Optional.empty(), Instant.parse("2027-05-20T10:00:00Z"));

		PricingRefusal refusal = refusal("fa-emergency-first-aid-at-work", request);

		assertThat(refusal.reason()).isEqualTo(Reason.ATTENDEES_OUT_OF_RANGE);
		assertThat(refusal.reason().field()).contains("attendees");
	}

	@Test
	void hourlyServiceRefusesADurationOffItsIncrements() {
		PricingRequest request = new PricingRequest(Instant.parse("2027-02-04T17:00:00Z"),
				Optional.of(DemoCatalog.DENVER_CENTRE), 1, Optional.of(Duration.ofMinutes(75)), Optional.empty(),
				Instant.parse("2027-02-01T12:00:00Z"));

		assertThat(refusal("pro-handyman", request).reason()).isEqualTo(Reason.DURATION_NOT_OFFERED);
	}

	@Test
	void hourlyServiceWithoutADurationIsPricedForItsDefaultDuration() {
		PricingRequest request = new PricingRequest(Instant.parse("2027-02-04T17:00:00Z"),
				Optional.of(DemoCatalog.DENVER_CENTRE), 1, Optional.empty(), Optional.empty(),
				Instant.parse("2027-02-01T12:00:00Z"));

		assertThat(priced("pro-handyman", request).basePriceCents()).isEqualTo(6_500);
	}

	@Test
	void unknownPromoCodeRefusesTheQuoteWithReasonUnknown() {
		PricingRequest request = withPromo(EnteredPromo.unknown("nope"));

		PricingRefusal refusal = refusal("hmnp-standard-notary", request);

		assertThat(refusal.reason()).isEqualTo(Reason.PROMO_INVALID);
		assertThat(refusal.promoRefusal()).contains(PromoRefusal.UNKNOWN);
	}

	@Test
	void promoForOtherServicesIsNotApplicable() {
		PricingRequest request = withPromo(
				EnteredPromo.of(DemoCatalog.promoCode("RON5").orElseThrow(), PromoUsage.unused()));

		assertThat(refusal("hmnp-standard-notary", request).promoRefusal()).contains(PromoRefusal.NOT_APPLICABLE);
	}

	@Test
	void promoAtItsTotalLimitIsExhausted() {
		PricingRequest request = withPromo(
				EnteredPromo.of(DemoCatalog.promoCode("WELCOME10").orElseThrow(), new PromoUsage(100, 0)));

		assertThat(refusal("hmnp-standard-notary", request).promoRefusal()).contains(PromoRefusal.EXHAUSTED);
	}

	@Test
	void fixedDiscountLargerThanTheSubtotalTakesTheSubtotalOffAndNoMore() {
		PromoCode generous = new PromoCode("HALFOFF", new PromoDiscount.AmountOff(Money.of(100_000, "USD")),
				NOW.minusSeconds(3600), NOW.plusSeconds(3600), Optional.empty(), Set.of(), OptionalLong.empty(),
				OptionalLong.empty(), 1);

		PriceBreakdown quote = priced("hmnp-standard-notary",
				withPromo(EnteredPromo.of(generous, PromoUsage.unused())));

		assertThat(quote.promoDiscountCents()).isEqualTo(7_500);
		assertThat(quote.taxesCents()).isZero();
		assertThat(quote.finalPriceCents()).isZero();
	}

	@Test
	void discountIsSharedProRataWhenOnlySomeLinesAreTaxed() {
		TaxJurisdiction baseOnly = new TaxJurisdiction("US-TX", "Tax on the base", Percentage.of("10"),
				EnumSet.of(LineCode.BASE), 2);
		PromoCode tenOff = new PromoCode("TENOFF", new PromoDiscount.AmountOff(Money.of(1_000, "USD")),
				NOW.minusSeconds(3600), NOW.plusSeconds(3600), Optional.empty(), Set.of(), OptionalLong.empty(),
				OptionalLong.empty(), 1);
		ServiceDefinition notary = DemoCatalog.service("hmnp-standard-notary").orElseThrow();
		// Saturday 10:00 in Houston: base 75.00 + weekend 40.00 = 115.00, of which the
		// base (75.00) is taxed.
		PricingRequest request = new PricingRequest(Instant.parse("2026-12-05T16:00:00Z"), Optional.of(DOWNTOWN), 1,
				Optional.empty(), Optional.of(EnteredPromo.of(tenOff, PromoUsage.unused())), NOW);

		PriceBreakdown quote = ((PricingResult.Priced) engine.price(notary, baseOnly, request)).breakdown();

		// discount share of the base: 10.00 x 75 / 115 = 6.5217 -> 6.52; taxed 75.00 -
		// 6.52 = 68.48; 10% -> 6.848 -> 6.85
		assertThat(quote.taxesCents()).isEqualTo(685);
		assertThat(quote.line(LineCode.TAX).orElseThrow().rule().toString()).isEqualTo("tax.US-TX/v2");
		assertThat(quote.finalPriceCents()).isEqualTo(11_500 - 1_000 + 685);
	}

	@Test
	void fixedDepositNeverExceedsTheTotal() {
		PromoCode almostFree = new PromoCode("ALMOSTFREE", new PromoDiscount.PercentOff(Percentage.of("90")),
				NOW.minusSeconds(3600), NOW.plusSeconds(3600), Optional.empty(), Set.of(), OptionalLong.empty(),
				OptionalLong.empty(), 1);
		PricingRequest request = new PricingRequest(WEEKDAY_MORNING, Optional.of(DOWNTOWN), 1, Optional.empty(),
				Optional.of(EnteredPromo.of(almostFree, PromoUsage.unused())), NOW);

		PriceBreakdown quote = priced("hmnp-loan-signing", request);

		// 150.00 - 135.00 = 15.00; tax 8.25% of 15.00 = 1.2375 -> 1.24; total 16.24 < the
		// 50.00 deposit
		assertThat(quote.finalPriceCents()).isEqualTo(1_624);
		assertThat(quote.depositRequiredCents()).isEqualTo(1_624);
	}

	@Test
	void inactiveServiceIsNotPriced() {
		ServiceDefinition notary = DemoCatalog.service("hmnp-ron-oath").orElseThrow();
		ServiceDefinition withdrawn = new ServiceDefinition(notary.id(), notary.businessId(), notary.name(),
				notary.description(), notary.type(), notary.duration(), notary.capacity(), notary.maxSigners(),
				notary.maxDocuments(), notary.priceModel(), notary.depositRule(), notary.serviceArea(), notary.hours(),
				notary.timeZone(), notary.currency(), notary.taxJurisdiction(), notary.surcharges(), notary.buffers(),
				notary.minimumNotice(), notary.revision() + 1, false);

		PricingResult result = engine.price(withdrawn, DemoCatalog.taxJurisdiction("US-TX").orElseThrow(),
				at(WEEKDAY_MORNING, DOWNTOWN));

		assertThat(((PricingResult.Refused) result).refusal().reason()).isEqualTo(Reason.SERVICE_INACTIVE);
	}

	@Test
	void pricingAgainstAnotherJurisdictionThanTheServicesIsAProgrammingError() {
		ServiceDefinition notary = DemoCatalog.service("hmnp-standard-notary").orElseThrow();

		assertThatThrownBy(() -> engine.price(notary, DemoCatalog.taxJurisdiction("GB-VAT").orElseThrow(),
				at(WEEKDAY_MORNING, DOWNTOWN)))
			.isInstanceOf(IllegalArgumentException.class);
	}

	private static PricingRequest at(Instant start, Coordinates location) {
		return new PricingRequest(start, Optional.of(location), 1, Optional.empty(), Optional.empty(), NOW);
	}

	private static PricingRequest withPromo(EnteredPromo promo) {
		return new PricingRequest(WEEKDAY_MORNING, Optional.of(DOWNTOWN), 1, Optional.empty(), Optional.of(promo), NOW);
	}

	private PricingResult price(String serviceId, PricingRequest request) {
		ServiceDefinition service = DemoCatalog.service(serviceId).orElseThrow();
		return engine.price(service, DemoCatalog.taxJurisdiction(service.taxJurisdiction()).orElseThrow(), request);
	}

	private PriceBreakdown priced(String serviceId, PricingRequest request) {
		PricingResult result = price(serviceId, request);
		assertThat(result).isInstanceOf(PricingResult.Priced.class);
		return ((PricingResult.Priced) result).breakdown();
	}

	private PricingRefusal refusal(String serviceId, PricingRequest request) {
		PricingResult result = price(serviceId, request);
		assertThat(result).isInstanceOf(PricingResult.Refused.class);
		return ((PricingResult.Refused) result).refusal();
	}

}
