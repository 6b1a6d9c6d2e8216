package org.bookingfleet.integration;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/** The real time, moved forward by the test when it wants a moment to come sooner. */
public final class ShiftableClock extends Clock {

	private final AtomicReference<Duration> shift = new AtomicReference<>(Duration.ZERO);

	public void shift(Duration by) {
		shift.accumulateAndGet(by, Duration::plus);
	}

	/** Moves the clock so that it now reads at least {@code instant}. */
	public void shiftTo(Instant instant) {
		Duration missing = Duration.between(instant(), instant);
		if (!missing.isNegative()) {
			shift(missing);
		}
	}

	@Override
	public Instant instant() {
		return Instant.now().plus(shift.get());
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		throw new UnsupportedOperationException("a shiftable clock stays in UTC");
	}

}
