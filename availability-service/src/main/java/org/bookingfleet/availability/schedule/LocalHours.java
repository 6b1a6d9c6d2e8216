package org.bookingfleet.availability.schedule;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Objects;

/**
 * Wall-clock hours within one day, [start, end); an end of 00:00 means the end of the
 * day.
 */
public record LocalHours(LocalTime start, LocalTime end) {

	public LocalHours {
		Objects.requireNonNull(start, "start");
		Objects.requireNonNull(end, "end");
		if (!end.equals(LocalTime.MIDNIGHT) && !start.isBefore(end)) {
			throw new IllegalArgumentException("hours must start before they end: " + start + "-" + end);
		}
	}

	public static LocalHours of(String start, String end) {
		return new LocalHours(LocalTime.parse(start), LocalTime.parse(end));
	}

	public LocalDateTime startOn(LocalDate date) {
		return date.atTime(start);
	}

	public LocalDateTime endOn(LocalDate date) {
		return end.equals(LocalTime.MIDNIGHT) ? date.plusDays(1).atStartOfDay() : date.atTime(end);
	}

	public boolean includes(LocalTime time) {
		return !time.isBefore(start) && (end.equals(LocalTime.MIDNIGHT) || time.isBefore(end));
	}

	@Override
	public String toString() {
		return start + "-" + end;
	}
}
