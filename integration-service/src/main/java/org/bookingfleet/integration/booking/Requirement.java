package org.bookingfleet.integration.booking;

import java.util.Objects;

public record Requirement(String type, RequirementPriority priority, String details) {

	public Requirement {
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(priority, "priority");
		details = details == null ? "" : details;
	}
}
