package org.bookingfleet.events.availability;

import java.util.UUID;

import org.bookingfleet.events.EventContract;
import org.bookingfleet.events.Topics;

/**
 * The slot a booking asked for could not be booked: the hold expired and the slot was
 * taken, or it never existed.
 */
@EventContract(type = "SlotRejected", topic = Topics.AVAILABILITY, key = "providerId")
public record SlotRejected(UUID bookingId, UUID holdId, long providerId, String reason) {
}
