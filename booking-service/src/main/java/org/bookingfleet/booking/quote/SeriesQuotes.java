package org.bookingfleet.booking.quote;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.bookingfleet.booking.request.FieldError;
import org.bookingfleet.booking.series.Recurrence;

/**
 * A series is booked at the price its quote signed for each occurrence, or not at all:
 * the quote must price this recurrence and exactly the starts this service expands it to.
 * A quote for one appointment never prices a series.
 */
public final class SeriesQuotes {

	private SeriesQuotes() {
	}

	public sealed interface Outcome {

	}

	/** One snapshot per occurrence, in the order of the series. */
	public record Locked(List<LockedQuote> quotes) implements Outcome {
		public Locked {
			quotes = List.copyOf(quotes);
		}
	}

	public record Mismatched(List<FieldError> errors) implements Outcome {
		public Mismatched {
			errors = List.copyOf(errors);
		}
	}

	public static Outcome lock(LockedQuote quote, Optional<QuotedSeries> priced, Recurrence recurrence,
			List<Instant> starts) {
		if (priced.isEmpty()) {
			return mismatch("the quote prices one appointment; ask for a quote with this recurrence to book the series,"
					+ " so every occurrence gets its own price");
		}
		QuotedSeries series = priced.get();
		if (!series.frequency().equals(recurrence.frequency().name())
				|| !Objects.equals(series.count(), recurrence.count())
				|| !Objects.equals(series.until(), recurrence.until())) {
			return mismatch("the quote prices " + describe(series.frequency(), series.count(), series.until())
					+ " but the booking asks for "
					+ describe(recurrence.frequency().name(), recurrence.count(), recurrence.until()));
		}
		List<QuotedOccurrence> occurrences = series.occurrences();
		if (occurrences.size() != starts.size()) {
			return mismatch(
					"the quote prices " + occurrences.size() + " occurrences but the series has " + starts.size());
		}
		List<FieldError> errors = new ArrayList<>();
		List<LockedQuote> quotes = new ArrayList<>(starts.size());
		for (int n = 0; n < starts.size(); n++) {
			Instant start = starts.get(n).truncatedTo(ChronoUnit.SECONDS);
			QuotedOccurrence occurrence = occurrences.get(n);
			if (!occurrence.scheduledAt().equals(start)) {
				errors.add(new FieldError("quoteToken", "occurrence " + n + " of the quote is at "
						+ occurrence.scheduledAt() + " but the series has it at " + start));
			}
			quotes.add(quote.forOccurrence(occurrence));
		}
		return errors.isEmpty() ? new Locked(quotes) : new Mismatched(errors);
	}

	private static Outcome mismatch(String message) {
		return new Mismatched(List.of(new FieldError("quoteToken", message)));
	}

	private static String describe(String frequency, Integer count, Object until) {
		return "a " + frequency + " series " + (count != null ? "of " + count : "until " + until);
	}

}
