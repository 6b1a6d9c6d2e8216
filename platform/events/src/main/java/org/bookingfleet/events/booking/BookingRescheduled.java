package org.bookingfleet.events.booking;

import java.time.Instant;
import java.util.UUID;

import org.bookingfleet.events.EventContract;
import org.bookingfleet.events.Topics;

/** The booking moved to the slot of {@code newHoldId}; the old slot is released once the new one is booked. */
@EventContract(type = "BookingRescheduled", topic = Topics.BOOKING)
public record BookingRescheduled(UUID bookingId, String serviceId, long providerId, UUID newHoldId,
		Instant previousStart, Instant previousEnd, Instant start, Instant end, String timeZone) {
}
