package org.bookingfleet.pricing.catalog;

import java.time.Duration;
import java.util.Objects;

/** Time kept free before and after an appointment (travel, set-up, clean-up). */
public record Buffers(Duration before, Duration after) {

	public Buffers {
		Objects.requireNonNull(before, "before");
		Objects.requireNonNull(after, "after");
		if (before.isNegative() || after.isNegative()) {
			throw new IllegalArgumentException("buffers are never negative");
		}
	}

	public static Buffers none() {
		return new Buffers(Duration.ZERO, Duration.ZERO);
	}

	public static Buffers ofMinutes(long before, long after) {
		return new Buffers(Duration.ofMinutes(before), Duration.ofMinutes(after));
	}
}
