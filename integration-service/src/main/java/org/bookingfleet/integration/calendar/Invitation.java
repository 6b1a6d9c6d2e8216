package org.bookingfleet.integration.calendar;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * A calendar invitation for one booking. The sequence grows with every move of the
 * booking (its version), so calendar programs replace the old invitation instead of
 * adding another.
 */
public record Invitation(String uid, long sequence, Instant start, Instant end, ZoneId zone, String summary,
		String description, Optional<String> location, String organizerEmail, String attendeeEmail, boolean cancelled,
		Instant stamp) {

	public Invitation {
		Objects.requireNonNull(uid, "uid");
		Objects.requireNonNull(start, "start");
		Objects.requireNonNull(end, "end");
		Objects.requireNonNull(zone, "zone");
		Objects.requireNonNull(summary, "summary");
		Objects.requireNonNull(location, "location");
		Objects.requireNonNull(organizerEmail, "organizerEmail");
		Objects.requireNonNull(attendeeEmail, "attendeeEmail");
		Objects.requireNonNull(stamp, "stamp");
		description = description == null ? "" : description;
		if (!end.isAfter(start)) {
			throw new IllegalArgumentException("an invitation ends after it starts");
		}
	}
}
