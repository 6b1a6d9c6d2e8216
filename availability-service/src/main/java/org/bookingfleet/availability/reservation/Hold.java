package org.bookingfleet.availability.reservation;

import java.time.Instant;
import java.util.UUID;

public record Hold(UUID holdId, long providerId, String serviceId, Instant start, Instant end, int seats,
                   Instant expiresAt) {
}
