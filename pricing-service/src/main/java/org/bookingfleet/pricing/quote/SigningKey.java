package org.bookingfleet.pricing.quote;

import java.util.Arrays;
import java.util.Objects;

/**
 * A named HMAC-SHA256 secret; the name travels in each token so verifiers know which key
 * to use.
 */
public final class SigningKey {

	public static final int MINIMUM_SECRET_BYTES = 32;

	private final String id;

	private final byte[] secret;

	public SigningKey(String id, byte[] secret) {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(secret, "secret");
		if (!id.matches("[A-Za-z0-9._-]{1,64}")) {
			throw new IllegalArgumentException("a key id is 1-64 letters, digits, dots, dashes or underscores");
		}
		if (secret.length < MINIMUM_SECRET_BYTES) {
			throw new IllegalArgumentException("key " + id + " is shorter than " + MINIMUM_SECRET_BYTES + " bytes");
		}
		this.id = id;
		this.secret = secret.clone();
	}

	public String id() {
		return id;
	}

	public byte[] secret() {
		return secret.clone();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof SigningKey key && key.id.equals(id) && Arrays.equals(key.secret, secret);
	}

	@Override
	public int hashCode() {
		return id.hashCode();
	}

	@Override
	public String toString() {
		return "SigningKey[" + id + "]";
	}

}
