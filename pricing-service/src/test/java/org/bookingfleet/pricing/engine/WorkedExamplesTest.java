package org.bookingfleet.pricing.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.bookingfleet.pricing.catalog.DemoCatalog;
import org.bookingfleet.pricing.catalog.LineCode;
import org.bookingfleet.pricing.catalog.ServiceDefinition;
import org.bookingfleet.pricing.geo.Coordinates;
import org.bookingfleet.pricing.geo.GreatCircle;
import org.bookingfleet.pricing.promo.PromoUsage;
import org.junit.jupiter.api.Test;

/**
 * The worked examples, each total checked by hand in the comment above its
 * assertions.
 */
class WorkedExamplesTest {

	private final PricingEngine engine = new PricingEngine();

	@Test
	void standardNotaryOnSaturdayEveningTwentyMilesOutWithTenPercentPromo() {
		// Saturday 5 December 2026, 18:00 in Houston (CST, UTC-6), quoted the Tuesday
		// before.
		Instant start = Instant.parse("2026-12-06T00:00:00Z");
		Instant now = Instant.parse("2026-12-01T15:00:00Z");
		PricingRequest request = new PricingRequest(start, Optional.of(north(DemoCatalog.HOUSTON_CENTRE, 20)), 1,
				Optional.empty(),
				Optional.of(EnteredPromo.of(DemoCatalog.promoCode("welcome10").orElseThrow(), PromoUsage.unused())),
				now);

		PriceBreakdown quote = price("hmnp-standard-notary", request);

		// base 75.00
		// travel: 20.00 mi - 15 mi = 5.00 mi x 0.50 = 2.50
		// weekend (Saturday) 40.00
		// after hours (18:00 is outside 9-17) 30.00
		// emergency: none, the start is 4 days away
		// subtotal 147.50
		// promo WELCOME10: 10% of 147.50 -14.75
		// taxable 147.50 - 14.75 = 132.75
		// Texas 8.25% of 132.75 = 10.951875 -> 10.95 (half-even to the cent)
		// total 132.75 + 10.95 = 143.70; no deposit on Standard Notary
		assertThat(quote.lines()).extracting(BreakdownLine::code, line -> line.amount().cents())
			.containsExactly(tuple(LineCode.BASE, 7_500L), tuple(LineCode.TRAVEL, 250L),
					tuple(LineCode.WEEKEND, 4_000L), tuple(LineCode.AFTER_HOURS, 3_000L),
					tuple(LineCode.PROMO, -1_475L), tuple(LineCode.TAX, 1_095L));
		assertThat(quote.timeSurchargeCents()).isEqualTo(7_000);
		assertThat(quote.promoDiscountCents()).isEqualTo(1_475);
		assertThat(quote.finalPriceCents()).isEqualTo(14_370);
		assertThat(quote.depositRequiredCents()).isZero();
		assertThat(quote.promoCode()).contains("WELCOME10");
	}

	@Test
	void ronAcknowledgmentAtThreeInTheMorningTomorrow() {
		// Quoted Tuesday 1 December 2026 at 20:00 in Houston for Wednesday 03:00 (CST,
		// UTC-6): 7 hours ahead.
		Instant now = Instant.parse("2026-12-02T02:00:00Z");
		Instant start = Instant.parse("2026-12-02T09:00:00Z");

		PriceBreakdown quote = price("hmnp-ron-acknowledgment",
				new PricingRequest(start, Optional.empty(), 1, Optional.empty(), Optional.empty(), now));

		// base 35.00
		// RON is open round the clock: no after-hours fee at 03:00, no travel, no
		// weekend, no emergency
		// Texas 8.25% of 35.00 = 2.8875 -> 2.89
		// total 37.89; no deposit
		assertThat(quote.lines()).extracting(BreakdownLine::code, line -> line.amount().cents())
			.containsExactly(tuple(LineCode.BASE, 3_500L), tuple(LineCode.TAX, 289L));
		assertThat(quote.finalPriceCents()).isEqualTo(3_789);
	}

	@Test
	void londonFirstAidCourseForFiveAttendees() {
		// Tuesday 8 June 2027, 08:30 in London (BST, UTC+1): inside the 08:00-14:00 start
		// window only in local time.
		Instant start = Instant.parse("2027-06-08T07:30:00Z");
		Instant now = Instant.parse("2027-05-20T10:00:00Z");

		PriceBreakdown quote = price("fa-emergency-first-aid-at-work",
				new PricingRequest(start, Optional.empty(), 5, Optional.empty(), Optional.empty(), now));

		// base: 5 attendees x 87.50 = 437.50
		// VAT 20% of 437.50 = 87.50
		// total 525.00
		// deposit: 20% of 525.00 = 105.00 (inside the total, due now)
		assertThat(quote.lines()).extracting(BreakdownLine::code, line -> line.amount().cents())
			.containsExactly(tuple(LineCode.BASE, 43_750L), tuple(LineCode.TAX, 8_750L),
					tuple(LineCode.DEPOSIT, 10_500L));
		assertThat(quote.finalPriceCents()).isEqualTo(52_500);
		assertThat(quote.depositRequiredCents()).isEqualTo(10_500);
	}

	@Test
	void hourlyHandymanForNinetyMinutesWithTravel() {
		// Thursday 4 February 2027, 10:00 in Denver (MST, UTC-7), 16.3 miles north of the
		// marketplace's centre.
		Instant start = Instant.parse("2027-02-04T17:00:00Z");
		Instant now = Instant.parse("2027-02-01T12:00:00Z");
		PricingRequest request = new PricingRequest(start, Optional.of(north(DemoCatalog.DENVER_CENTRE, 16.3)), 1,
				Optional.of(Duration.ofMinutes(90)), Optional.empty(), now);

		PriceBreakdown quote = price("pro-handyman", request);

		// base: 65.00/h x 90 min / 60 = 97.50
		// travel: 16.30 mi - 10 mi = 6.30 mi x 0.75 = 4.725 -> 4.72 (half-even: the tie
		// goes to the even cent)
		// Colorado does not tax these services: no tax line
		// total 97.50 + 4.72 = 102.22
		// deposit: 25% of 102.22 = 25.555 -> 25.56 (half-even: the tie goes to the even
		// cent)
		assertThat(quote.lines()).extracting(BreakdownLine::code, line -> line.amount().cents())
			.containsExactly(tuple(LineCode.BASE, 9_750L), tuple(LineCode.TRAVEL, 472L),
					tuple(LineCode.DEPOSIT, 2_556L));
		assertThat(quote.finalPriceCents()).isEqualTo(10_222);
		assertThat(quote.depositRequiredCents()).isEqualTo(2_556);
	}

	private PriceBreakdown price(String serviceId, PricingRequest request) {
		ServiceDefinition service = DemoCatalog.service(serviceId).orElseThrow();
		PricingResult result = engine.price(service,
				DemoCatalog.taxJurisdiction(service.taxJurisdiction()).orElseThrow(), request);
		assertThat(result).isInstanceOf(PricingResult.Priced.class);
		return ((PricingResult.Priced) result).breakdown();
	}

	static Coordinates north(Coordinates from, double miles) {
		return new Coordinates(from.latitude() + Math.toDegrees(miles / GreatCircle.EARTH_MEAN_RADIUS_MILES),
				from.longitude());
	}

}
