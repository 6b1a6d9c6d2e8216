package org.bookingfleet.booking.analytics;

import java.time.Instant;
import java.time.ZoneId;
import org.bookingfleet.booking.lifecycle.BookingStatus;

/**
 * One booking as analytics sees it: its status, service, start in the provider's zone,
 * and locked total.
 */
public record BookingFact(String serviceId, BookingStatus status, Instant startsAt, ZoneId zone, long totalCents,
		String currency) {
}
