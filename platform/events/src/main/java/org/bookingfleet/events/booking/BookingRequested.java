package org.bookingfleet.events.booking;

import java.time.Instant;
import java.util.UUID;

import org.bookingfleet.events.EventContract;
import org.bookingfleet.events.Topics;

/**
 * A booking was stored PENDING and asks the availability service to turn its hold into a
 * booked slot.
 */
@EventContract(type = "BookingRequested", topic = Topics.BOOKING, key = "bookingId",
		aggregateVersion = "bookingVersion")
public record BookingRequested(UUID bookingId, UUID holdId, String serviceId, long providerId, Instant start,
		Instant end, int seats, UUID seriesId, long bookingVersion) {
	/**
	 * The contract before it carried the booking's version ({@code bookingVersion}, 0
	 * here).
	 */
	public BookingRequested(UUID bookingId, UUID holdId, String serviceId, long providerId, Instant start, Instant end,
			int seats, UUID seriesId) {
		this(bookingId, holdId, serviceId, providerId, start, end, seats, seriesId, 0);
	}

}
