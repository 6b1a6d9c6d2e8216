package org.bookingfleet.availability.slot.internal.store;

import java.time.Instant;
import java.util.UUID;

import org.bookingfleet.platform.tokens.HoldClaims;

public record Hold(UUID holdId, long providerId, String serviceId, Instant start, Instant end, int seats,
		Instant expiresAt) {

	/** What the hold token of this hold vouches for. */
	public HoldClaims claims() {
		return new HoldClaims(holdId, providerId, serviceId, start, end, seats, expiresAt);
	}
}
