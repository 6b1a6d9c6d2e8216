package org.bookingfleet.integration.calendar;

import java.util.UUID;

/**
 * The Google Calendar event id of a booking, derived from the booking id. Google accepts
 * client-chosen ids (base32hex: 0-9 and a-v, 5 to 1024 characters), so inserting the same
 * booking twice answers 409 instead of creating a second event: one event per booking,
 * whatever is redelivered or retried.
 */
public record CalendarEventId(String value) {

	public static CalendarEventId forBooking(UUID bookingId) {
		return new CalendarEventId("bk" + bookingId.toString().replace("-", ""));
	}
}
