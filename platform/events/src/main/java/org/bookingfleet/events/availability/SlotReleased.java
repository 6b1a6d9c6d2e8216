package org.bookingfleet.events.availability;

import java.time.Instant;
import java.util.UUID;

import org.bookingfleet.events.EventContract;
import org.bookingfleet.events.Topics;

/**
 * A hold or booked slot stopped counting (hold expired or deleted, booking cancelled,
 * expired or moved).
 */
@EventContract(type = "SlotReleased", topic = Topics.AVAILABILITY, key = "providerId")
public record SlotReleased(UUID reservationId, UUID bookingId, long providerId, String serviceId, Instant start,
		Instant end, int seats, String reason) {
}
