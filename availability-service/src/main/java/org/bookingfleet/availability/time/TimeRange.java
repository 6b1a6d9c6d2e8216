package org.bookingfleet.availability.time;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** A half-open range of instants, [start, end). */
public record TimeRange(Instant start, Instant end) {

	public TimeRange {
		Objects.requireNonNull(start, "start");
		Objects.requireNonNull(end, "end");
		if (!start.isBefore(end)) {
			throw new IllegalArgumentException("a time range must start before it ends: " + start + " / " + end);
		}
	}

	public static TimeRange of(Instant start, Duration length) {
		return new TimeRange(start, start.plus(length));
	}

	public boolean overlaps(TimeRange other) {
		return start.isBefore(other.end) && other.start.isBefore(end);
	}

	public boolean contains(TimeRange other) {
		return !other.start.isBefore(start) && !other.end.isAfter(end);
	}

	public boolean contains(Instant instant) {
		return !instant.isBefore(start) && instant.isBefore(end);
	}

	public Duration length() {
		return Duration.between(start, end);
	}

	public TimeRange widen(Duration before, Duration after) {
		return new TimeRange(start.minus(before), end.plus(after));
	}
}
