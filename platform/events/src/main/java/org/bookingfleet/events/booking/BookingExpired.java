package org.bookingfleet.events.booking;

import java.time.Instant;
import java.util.UUID;

import org.bookingfleet.events.EventContract;
import org.bookingfleet.events.Topics;

/** Not paid within its payment window: the slot is to be released. */
@EventContract(type = "BookingExpired", topic = Topics.BOOKING, key = "bookingId")
public record BookingExpired(UUID bookingId, String serviceId, long providerId, Instant start, Instant end) {
}
