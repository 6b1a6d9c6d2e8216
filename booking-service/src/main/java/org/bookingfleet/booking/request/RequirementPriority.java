package org.bookingfleet.booking.request;

import java.util.Arrays;
import java.util.Optional;

public enum RequirementPriority {

	CRITICAL, HIGH, STANDARD;

	static Optional<RequirementPriority> parse(String value) {
		return Arrays.stream(values()).filter(priority -> priority.name().equals(value)).findFirst();
	}

}
