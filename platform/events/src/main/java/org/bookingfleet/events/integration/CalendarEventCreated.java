package org.bookingfleet.events.integration;

import java.util.UUID;

import org.bookingfleet.events.EventContract;
import org.bookingfleet.events.Topics;

@EventContract(type = "CalendarEventCreated", topic = Topics.INTEGRATION, key = "bookingId")
public record CalendarEventCreated(UUID bookingId, String calendarEventId) {
}
