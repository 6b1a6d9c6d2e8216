package org.bookingfleet.integration.booking;

public enum RequirementPriority {

	CRITICAL, HIGH, STANDARD

}
