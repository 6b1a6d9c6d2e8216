package org.bookingfleet.pricing.quote;

import java.time.Instant;
import java.util.Objects;
import org.bookingfleet.pricing.engine.PriceBreakdown;

/**
 * A priced appointment as offered: the price snapshot a booking keeps, with its expiry
 * and signed token.
 */
public record Quote(String id, PriceBreakdown breakdown, QuoteClaims claims, String token) {

	public Quote {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(breakdown, "breakdown");
		Objects.requireNonNull(claims, "claims");
		Objects.requireNonNull(token, "token");
	}

	public Instant expiresAt() {
		return claims.expiresAt();
	}
}
