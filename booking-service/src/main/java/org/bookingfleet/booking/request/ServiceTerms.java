package org.bookingfleet.booking.request;

import java.time.ZoneId;
import java.util.Objects;

/**
 * What the booking service knows of a service from the catalog's events: its seats and
 * the zone it is kept in.
 */
public record ServiceTerms(int capacity, ZoneId zone) {

	public ServiceTerms {
		Objects.requireNonNull(zone, "zone");
		if (capacity < 1) {
			throw new IllegalArgumentException("a service seats at least one");
		}
	}
}
