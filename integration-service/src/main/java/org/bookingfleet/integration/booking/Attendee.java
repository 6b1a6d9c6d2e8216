package org.bookingfleet.integration.booking;

import java.util.List;
import java.util.Objects;

public record Attendee(String name, String email, List<Requirement> requirements) {

	public Attendee {
		Objects.requireNonNull(name, "name");
		requirements = List.copyOf(requirements);
	}

	public boolean hasCriticalRequirement() {
		return requirements.stream().anyMatch(r -> r.priority() == RequirementPriority.CRITICAL);
	}
}
