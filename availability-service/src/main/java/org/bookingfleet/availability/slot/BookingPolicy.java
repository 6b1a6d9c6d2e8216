package org.bookingfleet.availability.slot;

import java.time.Duration;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A provider's rules for when a slot may start: not sooner than the minimum notice, not
 * later than the horizon, on the grid of the slot interval, and at most the daily limit
 * of appointments per local date.
 */
public record BookingPolicy(Duration minimumNotice, Duration horizon, Duration slotInterval, OptionalInt dailyLimit) {

	public BookingPolicy {
		Objects.requireNonNull(minimumNotice, "minimumNotice");
		Objects.requireNonNull(horizon, "horizon");
		Objects.requireNonNull(slotInterval, "slotInterval");
		Objects.requireNonNull(dailyLimit, "dailyLimit");
		if (minimumNotice.isNegative() || horizon.isNegative()) {
			throw new IllegalArgumentException("notice and horizon are never negative");
		}
		if (slotInterval.isNegative() || slotInterval.isZero() || slotInterval.toSeconds() % 60 != 0) {
			throw new IllegalArgumentException(
					"the slot interval is a positive number of whole minutes: " + slotInterval);
		}
		if (dailyLimit.isPresent() && dailyLimit.getAsInt() < 0) {
			throw new IllegalArgumentException("the daily limit is never negative");
		}
	}

	public static BookingPolicy every(Duration slotInterval) {
		return new BookingPolicy(Duration.ZERO, Duration.ofDays(365), slotInterval, OptionalInt.empty());
	}

	public BookingPolicy withMinimumNotice(Duration notice) {
		return new BookingPolicy(notice, horizon, slotInterval, dailyLimit);
	}

	/** The stricter of this notice and the one a service asks for. */
	public BookingPolicy withMinimumNoticeAtLeast(Duration notice) {
		return notice.compareTo(minimumNotice) > 0 ? withMinimumNotice(notice) : this;
	}

	public BookingPolicy withHorizon(Duration newHorizon) {
		return new BookingPolicy(minimumNotice, newHorizon, slotInterval, dailyLimit);
	}

	public BookingPolicy withDailyLimit(int limit) {
		return new BookingPolicy(minimumNotice, horizon, slotInterval, OptionalInt.of(limit));
	}
}
