package org.bookingfleet.identity.accounts;

import java.time.Duration;
import java.time.Instant;

/**
 * The lockout rule: the fifth wrong password in a row locks an account for fifteen
 * minutes. While it is locked no password is tried; once the lock has run out the count
 * starts again, and a right password clears it.
 */
public record Lockout(int failedAttempts, Instant lockedUntil) {

	public static final int MAX_FAILURES = 5;

	public static final Duration LOCK = Duration.ofMinutes(15);

	public static Lockout clear() {
		return new Lockout(0, null);
	}

	public boolean lockedAt(Instant now) {
		return this.lockedUntil != null && this.lockedUntil.isAfter(now);
	}

	/** After a wrong password at {@code now}. */
	public Lockout afterFailure(Instant now) {
		if (lockedAt(now)) {
			return this;
		}
		int failures = (this.lockedUntil != null) ? 1 : this.failedAttempts + 1;
		return (failures >= MAX_FAILURES) ? new Lockout(failures, now.plus(LOCK)) : new Lockout(failures, null);
	}

}
