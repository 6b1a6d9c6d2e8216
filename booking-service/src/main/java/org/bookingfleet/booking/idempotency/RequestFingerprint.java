package org.bookingfleet.booking.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Digest of who sent what. The caller is part of it, so a key reused by someone else is
 * refused and never replays another customer's booking. The body must be canonical (same
 * fields, same order) for equal requests to match.
 */
public final class RequestFingerprint {

	private RequestFingerprint() {
	}

	public static String of(String caller, String canonicalBody) {
		try {
			MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
			sha256.update(caller.getBytes(StandardCharsets.UTF_8));
			sha256.update((byte) 0);
			sha256.update(canonicalBody.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(sha256.digest());
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every JVM ships SHA-256", e);
		}
	}

}
