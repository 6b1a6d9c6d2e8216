package org.bookingfleet.events.booking;

import java.util.List;

public record Attendee(String name, String email, List<Requirement> requirements) {

	/** A special requirement; {@code priority} is CRITICAL, HIGH or STANDARD. */
	public record Requirement(String type, String priority, String details) {
	}

}
