package org.bookingfleet.events.booking;

import java.time.Instant;
import java.util.UUID;

import org.bookingfleet.events.EventContract;
import org.bookingfleet.events.Topics;

@EventContract(type = "BookingCompleted", topic = Topics.BOOKING, key = "bookingId",
		aggregateVersion = "bookingVersion")
public record BookingCompleted(UUID bookingId, String serviceId, long providerId, Instant start, Instant end,
		String outcome, long bookingVersion) {
	/**
	 * The contract before it carried the booking's version ({@code bookingVersion}, 0
	 * here).
	 */
	public BookingCompleted(UUID bookingId, String serviceId, long providerId, Instant start, Instant end,
			String outcome) {
		this(bookingId, serviceId, providerId, start, end, outcome, 0);
	}

}
