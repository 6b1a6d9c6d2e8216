package org.bookingfleet.pricing.catalog;

import java.time.LocalTime;
import java.util.Objects;

/**
 * Part of a day in the service's own time zone, from its opening (inclusive) to its close
 * (exclusive).
 */
public record DailyWindow(LocalTime opens, LocalTime closes) {

	public DailyWindow {
		Objects.requireNonNull(opens, "opens");
		Objects.requireNonNull(closes, "closes");
		if (!opens.isBefore(closes)) {
			throw new IllegalArgumentException("a window opens before it closes: " + opens + "-" + closes);
		}
	}

	public static DailyWindow of(String opens, String closes) {
		return new DailyWindow(LocalTime.parse(opens), LocalTime.parse(closes));
	}

	public boolean contains(LocalTime time) {
		return !time.isBefore(opens) && time.isBefore(closes);
	}

	public boolean covers(DailyWindow other) {
		return !other.opens.isBefore(opens) && !other.closes.isAfter(closes);
	}

	@Override
	public String toString() {
		return opens + "-" + closes;
	}
}
