package org.bookingfleet.pricing.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.bookingfleet.pricing.catalog.DemoCatalog;
import org.bookingfleet.pricing.catalog.LineCode;
import org.bookingfleet.pricing.catalog.ServiceDefinition;
import org.bookingfleet.pricing.catalog.TaxJurisdiction;
import org.bookingfleet.pricing.engine.PricingRefusal.Reason;
import org.bookingfleet.pricing.series.Frequency;
import org.bookingfleet.pricing.series.Recurrence;
import org.bookingfleet.pricing.series.SeriesSchedule;
import org.junit.jupiter.api.Test;

class SeriesPricingTest {

	/** Tuesday 1 December 2026, 09:00 in Houston. */
	private static final Instant NOW = Instant.parse("2026-12-01T15:00:00Z");

	private final PricingEngine engine = new PricingEngine();

	private final ServiceDefinition notary = DemoCatalog.service("hmnp-standard-notary").orElseThrow();

	private final TaxJurisdiction texas = DemoCatalog.taxJurisdiction(notary.taxJurisdiction()).orElseThrow();

	@Test
	void weeklySeriesBookedAtShortNoticeCarriesTheEmergencyFeeOnTheFirstOccurrenceOnly() {
		// Tuesday 1 December 12:00 in Houston, three hours away, then two more Tuesdays
		// at noon.
		List<PricedOccurrence> occurrences = priced(Recurrence.times(Frequency.WEEKLY, 3),
				NOW.plus(Duration.ofHours(3)), NOW);

		assertThat(codes(occurrences.get(0))).containsExactly(LineCode.BASE, LineCode.EMERGENCY, LineCode.TAX);
		assertThat(codes(occurrences.get(1))).containsExactly(LineCode.BASE, LineCode.TAX);
		assertThat(codes(occurrences.get(2))).containsExactly(LineCode.BASE, LineCode.TAX);
		assertThat(occurrences.get(0).breakdown().finalPriceCents()).isEqualTo(7_500 + 5_000 + 1_031);
		assertThat(occurrences.get(1).breakdown().finalPriceCents()).isEqualTo(7_500 + 619);
	}

	@Test
	void dailySeriesAcrossAWeekendCarriesTheWeekendSurchargeOnSaturdayAndSundayOnly() {
		// Thursday 3 December 2026, 10:00 in Houston, four days.
		List<PricedOccurrence> occurrences = priced(Recurrence.times(Frequency.DAILY, 4),
				Instant.parse("2026-12-03T16:00:00Z"), NOW);

		assertThat(occurrences).extracting(o -> o.breakdown().line(LineCode.WEEKEND).isPresent())
			.containsExactly(false, false, true, true);
		assertThat(occurrences).extracting(o -> o.breakdown().finalPriceCents())
			.containsExactly(8_119L, 8_119L, 12_449L, 12_449L);
		assertThat(occurrences.get(2).breakdown().line(LineCode.WEEKEND).orElseThrow().rule())
			.hasToString("surcharge.weekend/v1");
	}

	@Test
	void monthlySeriesPricesTheOccurrenceThatFallsOnASundayWithTheWeekendSurcharge() {
		// Monday 7 December 2026, Thursday 7 January 2027, Sunday 7 February 2027, 10:00
		// in Houston.
		List<PricedOccurrence> occurrences = priced(Recurrence.times(Frequency.MONTHLY, 3),
				Instant.parse("2026-12-07T16:00:00Z"), NOW);

		assertThat(occurrences).extracting(o -> o.breakdown().finalPriceCents())
			.containsExactly(8_119L, 8_119L, 12_449L);
	}

	@Test
	void weeklyNineOClockStaysInRegularHoursAcrossTheEndOfDaylightSaving() {
		// Monday 26 October 2026 09:00 CDT. Seven days later in UTC would be 08:00 CST,
		// after hours.
		Instant now = Instant.parse("2026-10-20T15:00:00Z");
		List<PricedOccurrence> occurrences = priced(Recurrence.times(Frequency.WEEKLY, 3),
				Instant.parse("2026-10-26T14:00:00Z"), now);

		assertThat(occurrences).extracting(PricedOccurrence::start)
			.containsExactly(Instant.parse("2026-10-26T14:00:00Z"), Instant.parse("2026-11-02T15:00:00Z"),
					Instant.parse("2026-11-09T15:00:00Z"));
		assertThat(occurrences).allSatisfy(o -> assertThat(codes(o)).containsExactly(LineCode.BASE, LineCode.TAX));
	}

	@Test
	void everyOccurrenceCostsWhatASingleQuoteForItsStartCosts() {
		List<PricedOccurrence> occurrences = priced(Recurrence.times(Frequency.DAILY, 10),
				Instant.parse("2026-12-03T22:30:00Z"), NOW);

		for (PricedOccurrence occurrence : occurrences) {
			PricingResult single = engine.price(notary, texas, request(occurrence.start(), NOW));
			assertThat(occurrence.breakdown()).isEqualTo(((PricingResult.Priced) single).breakdown());
		}
	}

	@Test
	void seriesTotalsAreTheSumsOfTheOccurrences() {
		SeriesPricing.Priced series = (SeriesPricing.Priced) SeriesPricing
			.price(engine, notary, texas, request(Instant.parse("2026-12-03T16:00:00Z"), NOW), SeriesSchedule.starts(
					Recurrence.times(Frequency.DAILY, 4), Instant.parse("2026-12-03T16:00:00Z"), notary.timeZone()));

		assertThat(series.totalCents()).isEqualTo(8_119L * 2 + 12_449L * 2);
		assertThat(series.depositRequiredCents()).isZero();
	}

	@Test
	void occurrenceBeyondTheBookingHorizonRefusesTheSeriesAndSaysWhichOne() {
		Instant first = Instant.parse("2026-12-07T16:00:00Z");
		SeriesPricing.Result result = SeriesPricing.price(engine, notary, texas, request(first, NOW),
				SeriesSchedule.starts(Recurrence.times(Frequency.MONTHLY, 30), first, notary.timeZone()));

		assertThat(result).isInstanceOf(SeriesPricing.Refused.class);
		SeriesPricing.Refused refused = (SeriesPricing.Refused) result;
		assertThat(refused.index()).isEqualTo(24);
		assertThat(refused.refusal().reason()).isEqualTo(Reason.BEYOND_BOOKING_HORIZON);
	}

	private List<PricedOccurrence> priced(Recurrence recurrence, Instant first, Instant now) {
		SeriesPricing.Result result = SeriesPricing.price(engine, notary, texas, request(first, now),
				SeriesSchedule.starts(recurrence, first, notary.timeZone()));
		assertThat(result).isInstanceOf(SeriesPricing.Priced.class);
		return ((SeriesPricing.Priced) result).occurrences();
	}

	private static PricingRequest request(Instant start, Instant now) {
		return new PricingRequest(start, Optional.of(DemoCatalog.HOUSTON_CENTRE), 1, Optional.empty(), Optional.empty(),
				now);
	}

	private static List<LineCode> codes(PricedOccurrence occurrence) {
		return occurrence.breakdown().lines().stream().map(BreakdownLine::code).toList();
	}

}
