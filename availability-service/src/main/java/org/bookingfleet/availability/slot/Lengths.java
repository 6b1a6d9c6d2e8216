package org.bookingfleet.availability.slot;

import java.time.Duration;
import java.util.Objects;

/**
 * The lengths a customer may choose for a service of variable length: from
 * {@code shortest} to {@code longest} in whole {@code step}s. A service of fixed length
 * has none ({@link #fixed()}).
 */
public record Lengths(Duration shortest, Duration longest, Duration step) {

	public Lengths {
		Objects.requireNonNull(shortest, "shortest");
		Objects.requireNonNull(longest, "longest");
		Objects.requireNonNull(step, "step");
	}

	public static Lengths fixed() {
		return new Lengths(Duration.ZERO, Duration.ZERO, Duration.ZERO);
	}

	public static Lengths ofMinutes(int shortest, int longest, int step) {
		return new Lengths(Duration.ofMinutes(Math.max(0, shortest)), Duration.ofMinutes(Math.max(0, longest)),
				Duration.ofMinutes(Math.max(0, step)));
	}

	/**
	 * Whether the customer chooses the length, as the catalog's
	 * {@code hasVariableDuration} says.
	 */
	public boolean areChosen() {
		return positive(step) && positive(shortest) && longest.compareTo(shortest) >= 0;
	}

	/**
	 * Whether this chosen length is one of them: within the bounds and a whole number of
	 * steps.
	 */
	public boolean include(Duration length) {
		return areChosen() && length.compareTo(shortest) >= 0 && length.compareTo(longest) <= 0
				&& length.toNanos() % step.toNanos() == 0;
	}

	private static boolean positive(Duration length) {
		return !length.isNegative() && !length.isZero();
	}
}
