package org.bookingfleet.events.booking;

import java.util.UUID;

import org.bookingfleet.events.EventContract;
import org.bookingfleet.events.Topics;

@EventContract(type = "BookingRejected", topic = Topics.BOOKING, key = "bookingId", aggregateVersion = "bookingVersion")
public record BookingRejected(UUID bookingId, String serviceId, long providerId, String reason, long bookingVersion) {
	/**
	 * The contract before it carried the booking's version ({@code bookingVersion}, 0
	 * here).
	 */
	public BookingRejected(UUID bookingId, String serviceId, long providerId, String reason) {
		this(bookingId, serviceId, providerId, reason, 0);
	}

}
