package org.bookingfleet.booking.series;

import java.time.LocalDate;
import java.util.Objects;

/** A series asked for by count or until a local date (inclusive), never both. */
public record Recurrence(Frequency frequency, Integer count, LocalDate until, OnConflict onConflict) {

	public static final int MAX_OCCURRENCES = 52;

	public Recurrence {
		Objects.requireNonNull(frequency, "frequency");
		Objects.requireNonNull(onConflict, "onConflict");
		if ((count == null) == (until == null)) {
			throw new IllegalArgumentException("a recurrence has either a count or an until date");
		}
		if (count != null && (count < 1 || count > MAX_OCCURRENCES)) {
			throw new IllegalArgumentException("count must be between 1 and " + MAX_OCCURRENCES);
		}
	}
}
