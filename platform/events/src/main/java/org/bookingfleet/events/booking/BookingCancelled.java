package org.bookingfleet.events.booking;

import java.time.Instant;
import java.util.UUID;

import org.bookingfleet.events.EventContract;
import org.bookingfleet.events.Topics;

/** Cancelled under the policy; {@code refundCents} is what the policy gives back. */
@EventContract(type = "BookingCancelled", topic = Topics.BOOKING, key = "bookingId",
		aggregateVersion = "bookingVersion")
public record BookingCancelled(UUID bookingId, String serviceId, long providerId, Instant start, Instant end,
		long refundCents, String currency, String reason, String cancelledBy, long bookingVersion) {
	/**
	 * The contract before it carried the booking's version ({@code bookingVersion}, 0
	 * here).
	 */
	public BookingCancelled(UUID bookingId, String serviceId, long providerId, Instant start, Instant end,
			long refundCents, String currency, String reason, String cancelledBy) {
		this(bookingId, serviceId, providerId, start, end, refundCents, currency, reason, cancelledBy, 0);
	}

}
