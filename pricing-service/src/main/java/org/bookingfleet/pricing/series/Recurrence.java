package org.bookingfleet.pricing.series;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A series to price, as the booking request will ask for it: by count or until a local
 * date (inclusive), never both. The booking service expands the same shape with the same
 * rule and checks that the quote priced its occurrences.
 */
public record Recurrence(Frequency frequency, Optional<Integer> count, Optional<LocalDate> until) {

	public static final int MAX_OCCURRENCES = 52;

	public Recurrence {
		Objects.requireNonNull(frequency, "frequency");
		count = count == null ? Optional.empty() : count;
		until = until == null ? Optional.empty() : until;
		if (count.isPresent() == until.isPresent()) {
			throw new IllegalArgumentException("a recurrence has either a count or an until date");
		}
		if (count.isPresent() && (count.get() < 1 || count.get() > MAX_OCCURRENCES)) {
			throw new IllegalArgumentException("count must be between 1 and " + MAX_OCCURRENCES);
		}
	}

	public static Recurrence times(Frequency frequency, int count) {
		return new Recurrence(frequency, Optional.of(count), Optional.empty());
	}

	public static Recurrence until(Frequency frequency, LocalDate until) {
		return new Recurrence(frequency, Optional.empty(), Optional.of(until));
	}
}
