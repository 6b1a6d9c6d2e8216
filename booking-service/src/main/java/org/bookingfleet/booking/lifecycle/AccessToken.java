package org.bookingfleet.booking.lifecycle;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The guest's private link secret. Only its SHA-256 digest is stored, so a leaked table
 * grants nothing.
 */
public final class AccessToken {

	private static final Base64.Encoder URL_SAFE = Base64.getUrlEncoder().withoutPadding();

	private AccessToken() {
	}

	public static String issue(SecureRandom random) {
		byte[] secret = new byte[32];
		random.nextBytes(secret);
		return URL_SAFE.encodeToString(secret);
	}

	public static String digest(String token) {
		return HexFormat.of().formatHex(sha256(token));
	}

	public static boolean matches(String token, String storedDigest) {
		if (token == null || storedDigest == null) {
			return false;
		}
		byte[] expected = digest(token).getBytes(StandardCharsets.US_ASCII);
		return MessageDigest.isEqual(expected, storedDigest.getBytes(StandardCharsets.US_ASCII));
	}

	private static byte[] sha256(String token) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every JVM ships SHA-256", e);
		}
	}

}
