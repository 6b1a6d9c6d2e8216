package org.bookingfleet.booking.catalog;

import java.time.Instant;
import java.util.UUID;

public record KnownHold(UUID holdId, long providerId, String serviceId, Instant start, Instant end, int seats,
		Instant expiresAt) {
}
