package org.bookingfleet.events.booking;

import java.time.Instant;
import java.util.UUID;

import org.bookingfleet.events.EventContract;
import org.bookingfleet.events.Topics;

@EventContract(type = "BookingCompleted", topic = Topics.BOOKING, key = "bookingId")
public record BookingCompleted(UUID bookingId, String serviceId, long providerId, Instant start, Instant end,
		String outcome) {
}
