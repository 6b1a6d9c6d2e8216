package org.bookingfleet.events.availability;

import java.time.Instant;
import java.util.UUID;

import org.bookingfleet.events.EventContract;
import org.bookingfleet.events.Topics;

/** The hold of a booking became a booked slot. */
@EventContract(type = "SlotReserved", topic = Topics.AVAILABILITY, key = "providerId")
public record SlotReserved(UUID bookingId, UUID holdId, UUID reservationId, long providerId, String serviceId,
		Instant start, Instant end, int seats) {
}
