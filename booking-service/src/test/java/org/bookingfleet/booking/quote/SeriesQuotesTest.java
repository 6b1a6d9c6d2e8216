package org.bookingfleet.booking.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.bookingfleet.booking.request.FieldError;
import org.bookingfleet.booking.series.Frequency;
import org.bookingfleet.booking.series.OnConflict;
import org.bookingfleet.booking.series.Recurrence;
import org.junit.jupiter.api.Test;

class SeriesQuotesTest {

	private static final Instant FRIDAY = Instant.parse("2026-12-04T16:00:00Z");

	private static final Instant SATURDAY = Instant.parse("2026-12-05T16:00:00Z");

	private static final Recurrence TWO_DAYS = new Recurrence(Frequency.DAILY, 2, null, OnConflict.SKIP);

	private static final LockedQuote FIRST = new LockedQuote("q-1", "svc-mobile", "USD", FRIDAY, 1, 60, null, 7_500, 0,
			0, 0, 0, 619, 8_119, 0, FRIDAY.minusSeconds(86_400), FRIDAY.minusSeconds(85_000));

	@Test
	void eachOccurrenceKeepsTheFiguresAndLinesTheQuoteSignedForItsStart() {
		SeriesQuotes.Outcome outcome = SeriesQuotes.lock(FIRST, Optional.of(series("DAILY", 2, null, FRIDAY, SATURDAY)),
				TWO_DAYS, List.of(FRIDAY, SATURDAY));

		assertThat(outcome).isInstanceOf(SeriesQuotes.Locked.class);
		List<LockedQuote> quotes = ((SeriesQuotes.Locked) outcome).quotes();
		assertThat(quotes).extracting(LockedQuote::scheduledAt).containsExactly(FRIDAY, SATURDAY);
		assertThat(quotes).extracting(LockedQuote::finalPriceCents).containsExactly(8_119L, 12_449L);
		assertThat(quotes).extracting(LockedQuote::timeSurchargeCents).containsExactly(0L, 4_000L);
		assertThat(quotes.get(1).breakdown()).extracting(PriceLine::code).containsExactly("BASE", "WEEKEND", "TAX");
		assertThat(quotes.get(1).quoteId()).isEqualTo("q-1");
		assertThat(quotes.get(1).amountDueNowCents(false)).isEqualTo(12_449);
	}

	@Test
	void aQuoteForOneAppointmentDoesNotPriceASeries() {
		assertThat(errors(SeriesQuotes.lock(FIRST, Optional.empty(), TWO_DAYS, List.of(FRIDAY, SATURDAY))))
			.singleElement()
			.satisfies(error -> {
				assertThat(error.field()).isEqualTo("quoteToken");
				assertThat(error.message()).startsWith("the quote prices one appointment");
			});
	}

	@Test
	void aQuoteForAnotherRecurrenceDoesNotMatch() {
		assertThat(errors(SeriesQuotes.lock(FIRST, Optional.of(series("WEEKLY", 2, null, FRIDAY, SATURDAY)), TWO_DAYS,
				List.of(FRIDAY, SATURDAY))))
			.extracting(FieldError::message)
			.containsExactly("the quote prices a WEEKLY series of 2 but the booking asks for a DAILY series of 2");
		Recurrence untilSaturday = new Recurrence(Frequency.DAILY, null, LocalDate.of(2026, 12, 5), OnConflict.FAIL);
		assertThat(errors(SeriesQuotes.lock(FIRST, Optional.of(series("DAILY", 2, null, FRIDAY, SATURDAY)),
				untilSaturday, List.of(FRIDAY, SATURDAY))))
			.hasSize(1);
	}

	@Test
	void anOccurrenceAtAnotherInstantDoesNotMatchAndIsNamed() {
		Instant anHourLater = SATURDAY.plusSeconds(3_600);

		assertThat(errors(SeriesQuotes.lock(FIRST, Optional.of(series("DAILY", 2, null, FRIDAY, anHourLater)), TWO_DAYS,
				List.of(FRIDAY, SATURDAY))))
			.extracting(FieldError::message)
			.containsExactly(
					"occurrence 1 of the quote is at 2026-12-05T17:00:00Z but the series has it at 2026-12-05T16:00:00Z");
	}

	@Test
	void aQuoteWithAnotherNumberOfOccurrencesDoesNotMatch() {
		assertThat(errors(SeriesQuotes.lock(FIRST, Optional.of(series("DAILY", 2, null, FRIDAY)), TWO_DAYS,
				List.of(FRIDAY, SATURDAY))))
			.extracting(FieldError::message)
			.containsExactly("the quote prices 1 occurrences but the series has 2");
	}

	private static List<FieldError> errors(SeriesQuotes.Outcome outcome) {
		assertThat(outcome).isInstanceOf(SeriesQuotes.Mismatched.class);
		return ((SeriesQuotes.Mismatched) outcome).errors();
	}

	private static QuotedSeries series(String frequency, Integer count, LocalDate until, Instant... starts) {
		List<QuotedOccurrence> occurrences = Arrays.stream(starts)
			.map(start -> start.equals(SATURDAY)
					? new QuotedOccurrence(start, 7_500, 0, 4_000, 0, 0, 949, 12_449, 0,
							List.of(new PriceLine("BASE", "Mobile notary", 7_500, "base.fixed/v1"),
									new PriceLine("WEEKEND", "Weekend surcharge", 4_000, "surcharge.weekend/v1"),
									new PriceLine("TAX", "Texas sales tax", 949, "tax.US-TX/v1")))
					: new QuotedOccurrence(start, 7_500, 0, 0, 0, 0, 619, 8_119, 0,
							List.of(new PriceLine("BASE", "Mobile notary", 7_500, "base.fixed/v1"),
									new PriceLine("TAX", "Texas sales tax", 949, "tax.US-TX/v1"))))
			.toList();
		return new QuotedSeries(frequency, count, until, occurrences);
	}

}
