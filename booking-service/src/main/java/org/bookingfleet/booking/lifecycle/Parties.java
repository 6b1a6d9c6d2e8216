package org.bookingfleet.booking.lifecycle;

import java.util.Objects;

/**
 * The people a booking belongs to. A guest booking has no customer id; its owner is
 * whoever holds the access token.
 */
public record Parties(String customerId, String providerId, String accessTokenDigest) {

	public Parties {
		Objects.requireNonNull(providerId, "providerId");
		Objects.requireNonNull(accessTokenDigest, "accessTokenDigest");
	}

	public Relation relationOf(Caller caller) {
		return caller.relationTo(this);
	}
}
