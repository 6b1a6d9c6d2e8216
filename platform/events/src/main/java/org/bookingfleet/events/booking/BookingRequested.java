package org.bookingfleet.events.booking;

import java.time.Instant;
import java.util.UUID;

import org.bookingfleet.events.EventContract;
import org.bookingfleet.events.Topics;

/**
 * A booking was stored PENDING and asks the availability service to turn its hold into a
 * booked slot.
 */
@EventContract(type = "BookingRequested", topic = Topics.BOOKING, key = "bookingId")
public record BookingRequested(UUID bookingId, UUID holdId, String serviceId, long providerId, Instant start,
		Instant end, int seats, UUID seriesId) {
}
