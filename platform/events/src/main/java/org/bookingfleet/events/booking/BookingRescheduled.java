package org.bookingfleet.events.booking;

import java.time.Instant;
import java.util.UUID;

import org.bookingfleet.events.EventContract;
import org.bookingfleet.events.Topics;

/**
 * The booking moved to the slot of {@code newHoldId}; the old slot is released once the
 * new one is booked. {@code seats}: the seats the booking takes in the new slot (a move
 * may change the party); events written before it was added read as 0, which means one.
 */
@EventContract(type = "BookingRescheduled", topic = Topics.BOOKING, key = "bookingId",
		aggregateVersion = "bookingVersion")
public record BookingRescheduled(UUID bookingId, String serviceId, long providerId, UUID newHoldId,
		Instant previousStart, Instant previousEnd, Instant start, Instant end, String timeZone, int seats,
		long bookingVersion) {
	/**
	 * The contract before it carried the booking's version ({@code bookingVersion}, 0
	 * here).
	 */
	public BookingRescheduled(UUID bookingId, String serviceId, long providerId, UUID newHoldId, Instant previousStart,
			Instant previousEnd, Instant start, Instant end, String timeZone, int seats) {
		this(bookingId, serviceId, providerId, newHoldId, previousStart, previousEnd, start, end, timeZone, seats, 0);
	}

	public BookingRescheduled(UUID bookingId, String serviceId, long providerId, UUID newHoldId, Instant previousStart,
			Instant previousEnd, Instant start, Instant end, String timeZone) {
		this(bookingId, serviceId, providerId, newHoldId, previousStart, previousEnd, start, end, timeZone, 1);
	}
}
