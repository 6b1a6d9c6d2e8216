package org.bookingfleet.booking.request;

import java.util.List;

public record Attendee(String name, String email, List<Requirement> requirements) {

	public Attendee {
		requirements = List.copyOf(requirements);
	}

	public record Requirement(String type, RequirementPriority priority, String details) {
	}
}
