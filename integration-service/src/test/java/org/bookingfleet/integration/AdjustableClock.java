package org.bookingfleet.integration;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock the test moves by hand. */
public final class AdjustableClock extends Clock {

	private volatile Instant now;

	public AdjustableClock(Instant start) {
		this.now = start;
	}

	public synchronized void advance(Duration step) {
		now = now.plus(step);
	}

	public void set(Instant instant) {
		now = instant;
	}

	@Override
	public Instant instant() {
		return now;
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		throw new UnsupportedOperationException("an adjustable clock stays in UTC");
	}

}
