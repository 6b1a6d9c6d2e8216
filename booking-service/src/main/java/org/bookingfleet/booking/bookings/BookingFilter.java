package org.bookingfleet.booking.bookings;

import java.time.Instant;
import org.bookingfleet.booking.lifecycle.BookingStatus;

/**
 * A page of bookings starting in [from, to); {@code customerId} or {@code providerId}
 * scope it to one party.
 */
public record BookingFilter(String customerId, Long providerId, BookingStatus status, Instant from, Instant to,
		int page, int size) {
}
