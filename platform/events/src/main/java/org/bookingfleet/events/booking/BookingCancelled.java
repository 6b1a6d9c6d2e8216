package org.bookingfleet.events.booking;

import java.time.Instant;
import java.util.UUID;

import org.bookingfleet.events.EventContract;
import org.bookingfleet.events.Topics;

/** Cancelled under the policy; {@code refundCents} is what the policy gives back. */
@EventContract(type = "BookingCancelled", topic = Topics.BOOKING, key = "bookingId")
public record BookingCancelled(UUID bookingId, String serviceId, long providerId, Instant start, Instant end,
		long refundCents, String currency, String reason, String cancelledBy) {
}
