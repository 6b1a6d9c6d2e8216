package org.bookingfleet.availability.schedule;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The exact hours of one date, replacing that weekday's hours and breaks: no hours means
 * closed. A break on such a date is written as two intervals.
 */
public record DateOverride(LocalDate date, List<LocalHours> hours) {

	public DateOverride {
		Objects.requireNonNull(date, "date");
		hours = List.copyOf(hours);
	}

	public static DateOverride closed(LocalDate date) {
		return new DateOverride(date, List.of());
	}
}
