package org.bookingfleet.payment.billing.invoice;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * What the invoice was for, where the booking says: the service (a course's name), when
 * in the business's time zone, and who attends. Any part may be unknown (null or empty).
 */
public record Appointment(String serviceName, Instant start, String timeZone, int attendeeCount,
		List<String> attendees) {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM uuuu, HH:mm", Locale.ENGLISH);

	public Appointment {
		attendees = attendees == null ? List.of() : List.copyOf(attendees);
	}

	/**
	 * The start as the business's customers read it:
	 * {@code Mon 7 Dec 2026, 09:00 (Europe/London)}.
	 */
	public String localStart() {
		if (start == null) {
			return null;
		}
		ZoneId zone = timeZone == null ? ZoneId.of("UTC") : ZoneId.of(timeZone);
		return WHEN.format(start.atZone(zone)) + " (" + zone.getId() + ")";
	}

	/** The attendees by name where the booking named them, else how many there are. */
	public String attendeesText() {
		if (!attendees.isEmpty()) {
			return String.join(", ", attendees);
		}
		return attendeeCount > 1 ? attendeeCount + " attendees" : null;
	}

}
