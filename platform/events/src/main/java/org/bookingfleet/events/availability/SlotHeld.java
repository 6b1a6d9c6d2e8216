package org.bookingfleet.events.availability;

import java.time.Instant;
import java.util.UUID;

import org.bookingfleet.events.EventContract;
import org.bookingfleet.events.Topics;

@EventContract(type = "SlotHeld", topic = Topics.AVAILABILITY, key = "providerId")
public record SlotHeld(UUID holdId, long providerId, String serviceId, Instant start, Instant end, int seats,
		Instant expiresAt) {
}
