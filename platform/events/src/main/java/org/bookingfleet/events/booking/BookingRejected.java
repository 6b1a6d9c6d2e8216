package org.bookingfleet.events.booking;

import java.util.UUID;

import org.bookingfleet.events.EventContract;
import org.bookingfleet.events.Topics;

@EventContract(type = "BookingRejected", topic = Topics.BOOKING, key = "bookingId")
public record BookingRejected(UUID bookingId, String serviceId, long providerId, String reason) {
}
