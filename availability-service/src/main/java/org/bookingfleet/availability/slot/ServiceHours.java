package org.bookingfleet.availability.slot;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * The local times of day at which a service may start, as the catalog announces them:
 * from {@code from} (inclusive) until {@code until} (exclusive), read on the service's
 * own clock. A missing bound is open (the start or the end of the day), both missing is
 * round the clock; {@code until} before {@code from} reaches over midnight. A service
 * without a zone of its own is read on the provider's clock.
 */
public record ServiceHours(LocalTime from, LocalTime until, ZoneId zone) {

	public static ServiceHours roundTheClock() {
		return new ServiceHours(null, null, null);
	}

	public boolean isRoundTheClock() {
		return (from == null && until == null) || (from != null && from.equals(until));
	}

	/**
	 * Whether a start at this instant is within the service's hours, read on its clock or
	 * else the provider's.
	 */
	public boolean admits(Instant start, ZoneId providerZone) {
		if (isRoundTheClock()) {
			return true;
		}
		LocalTime local = start.atZone(zone == null ? providerZone : zone).toLocalTime();
		boolean afterFrom = from == null || !local.isBefore(from);
		boolean beforeUntil = until == null || local.isBefore(until);
		if (from != null && until != null && until.isBefore(from)) {
			return afterFrom || beforeUntil;
		}
		return afterFrom && beforeUntil;
	}
}
