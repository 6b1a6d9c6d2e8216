package org.bookingfleet.platform.tokens;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;

/**
 * What a hold token vouches for: the availability service held {@code [start, end)} of
 * this provider for this service and party size until {@code expiresAt}. Only the
 * customer who asked for the hold receives the token, so whoever presents it is the
 * holder. Instants are whole seconds, as tokens carry them.
 */
public record HoldClaims(UUID holdId, long providerId, String serviceId, Instant start, Instant end, int seats,
		Instant expiresAt) {

	public HoldClaims {
		Objects.requireNonNull(holdId, "holdId");
		Objects.requireNonNull(serviceId, "serviceId");
		start = Objects.requireNonNull(start, "start").truncatedTo(ChronoUnit.SECONDS);
		end = Objects.requireNonNull(end, "end").truncatedTo(ChronoUnit.SECONDS);
		expiresAt = Objects.requireNonNull(expiresAt, "expiresAt").truncatedTo(ChronoUnit.SECONDS);
		if (!start.isBefore(end) || seats < 1 || providerId < 1) {
			throw new IllegalArgumentException("a hold covers a positive span of a provider for at least one seat");
		}
	}

	/**
	 * The appointment's length, which the booking, its calendar entry and its reminders
	 * use.
	 */
	public Duration duration() {
		return Duration.between(this.start, this.end);
	}

	public boolean isExpiredAt(Instant now) {
		return !now.isBefore(this.expiresAt);
	}

}
