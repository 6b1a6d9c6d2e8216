package org.bookingfleet.booking.waitlist;

import java.time.Instant;
import java.util.Objects;

/**
 * A customer waiting for a service in a time window, with one provider or any
 * ({@code providerId} null).
 */
public record WaitlistEntry(String id, String serviceId, String providerId, Instant windowStart, Instant windowEnd,
		int seats, Instant joinedAt, WaitlistStatus status) {

	public WaitlistEntry {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(serviceId, "serviceId");
		Objects.requireNonNull(windowStart, "windowStart");
		Objects.requireNonNull(windowEnd, "windowEnd");
		Objects.requireNonNull(joinedAt, "joinedAt");
		Objects.requireNonNull(status, "status");
		if (!windowEnd.isAfter(windowStart)) {
			throw new IllegalArgumentException("the window must end after it starts");
		}
		if (seats < 1) {
			throw new IllegalArgumentException("a waitlist entry wants at least one seat");
		}
	}

	boolean wants(ReleasedSlot slot) {
		return status == WaitlistStatus.WAITING && serviceId.equals(slot.serviceId())
				&& (providerId == null || providerId.equals(slot.providerId())) && !slot.start().isBefore(windowStart)
				&& !slot.end().isAfter(windowEnd) && seats <= slot.seats();
	}

	public WaitlistEntry withStatus(WaitlistStatus next) {
		return new WaitlistEntry(id, serviceId, providerId, windowStart, windowEnd, seats, joinedAt, next);
	}
}
