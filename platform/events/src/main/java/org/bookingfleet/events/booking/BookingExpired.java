package org.bookingfleet.events.booking;

import java.time.Instant;
import java.util.UUID;

import org.bookingfleet.events.EventContract;
import org.bookingfleet.events.Topics;

/** Not paid within its payment window: the slot is to be released. */
@EventContract(type = "BookingExpired", topic = Topics.BOOKING, key = "bookingId", aggregateVersion = "bookingVersion")
public record BookingExpired(UUID bookingId, String serviceId, long providerId, Instant start, Instant end,
		long bookingVersion) {
	/**
	 * The contract before it carried the booking's version ({@code bookingVersion}, 0
	 * here).
	 */
	public BookingExpired(UUID bookingId, String serviceId, long providerId, Instant start, Instant end) {
		this(bookingId, serviceId, providerId, start, end, 0);
	}

}
