package org.bookingfleet.booking.catalog;

import java.time.ZoneId;

/**
 * A service as the catalog announced it; the booking service keeps this copy to check
 * bookings without calling back.
 */
public record CatalogService(String serviceId, String name, String type, int durationMinutes, int capacity, ZoneId zone,
		String currency, boolean active) {
}
