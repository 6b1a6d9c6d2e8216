package org.bookingfleet.booking.quote;

import java.util.Objects;

/**
 * A named HMAC-SHA256 secret shared with the pricing service, which names the key in each
 * token it signs.
 */
public record QuoteKey(String id, byte[] secret) {

	public QuoteKey {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(secret, "secret");
		secret = secret.clone();
	}

	@Override
	public byte[] secret() {
		return secret.clone();
	}

	@Override
	public String toString() {
		return "QuoteKey[" + id + "]";
	}
}
