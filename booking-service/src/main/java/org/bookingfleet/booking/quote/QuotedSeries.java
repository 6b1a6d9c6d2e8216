package org.bookingfleet.booking.quote;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The series a quote priced, as the pricing service expanded it: the recurrence it was
 * asked for ({@code count} or {@code until}, the other null) and every occurrence's own
 * price, in order.
 */
public record QuotedSeries(String frequency, Integer count, LocalDate until, List<QuotedOccurrence> occurrences) {

	public QuotedSeries {
		Objects.requireNonNull(frequency, "frequency");
		occurrences = List.copyOf(occurrences);
		if (occurrences.isEmpty()) {
			throw new IllegalArgumentException("a series quote prices at least one occurrence");
		}
	}
}
