package org.bookingfleet.events.integration;

import java.time.Instant;
import java.util.UUID;

import org.bookingfleet.events.EventContract;
import org.bookingfleet.events.Topics;

@EventContract(type = "ReminderSent", topic = Topics.INTEGRATION, key = "bookingId")
public record ReminderSent(UUID bookingId, String channel, int minutesBefore, Instant sentAt) {
}
