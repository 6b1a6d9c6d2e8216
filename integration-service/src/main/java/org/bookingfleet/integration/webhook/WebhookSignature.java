package org.bookingfleet.integration.webhook;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks a partner's HMAC-SHA256 signature over {@code "<timestamp>.<raw body>"}, the
 * timestamp being the delivery's time in Unix seconds, sent beside the signature. A
 * delivery is genuine when the signature matches and its time lies within the tolerance
 * of this clock, either way: an old delivery stays refused however often it is replayed,
 * and one dated in the future cannot stay valid until that future. The header may carry
 * the digest in hex or base64, optionally prefixed {@code sha256=}. Comparison takes
 * constant time.
 */
public final class WebhookSignature {

	public static final Duration TOLERANCE = Duration.ofMinutes(5);

	private static final String ALGORITHM = "HmacSHA256";

	/**
	 * What a delivery turned out to be: signed by the partner and fresh, not signed by
	 * it, or signed but stale.
	 */
	public enum Verdict {

		GENUINE, FORGED, STALE

	}

	private final byte[] secret;

	public WebhookSignature(String secret) {
		Objects.requireNonNull(secret, "secret");
		if (secret.isEmpty()) {
			throw new IllegalArgumentException("a webhook secret cannot be empty");
		}
		this.secret = secret.getBytes(StandardCharsets.UTF_8);
	}

	public Verdict verify(String timestampHeader, byte[] body, String signatureHeader, Instant now) {
		Long timestamp = epochSecond(timestampHeader);
		if (timestamp == null || body == null || !matches(material(timestamp, body), signatureHeader)) {
			return Verdict.FORGED;
		}
		long drift = Math.abs(now.getEpochSecond() - timestamp);
		return drift <= TOLERANCE.toSeconds() ? Verdict.GENUINE : Verdict.STALE;
	}

	/** The signature header a partner sends for this body at this time, in hex. */
	public String sign(long epochSecond, byte[] body) {
		return sign(material(epochSecond, body));
	}

	private static byte[] material(long epochSecond, byte[] body) {
		byte[] prefix = (epochSecond + ".").getBytes(StandardCharsets.US_ASCII);
		byte[] material = new byte[prefix.length + body.length];
		System.arraycopy(prefix, 0, material, 0, prefix.length);
		System.arraycopy(body, 0, material, prefix.length, body.length);
		return material;
	}

	private static Long epochSecond(String header) {
		if (header == null || header.isBlank() || header.trim().length() > 12) {
			return null;
		}
		try {
			return Long.parseLong(header.trim());
		}
		catch (NumberFormatException unreadable) {
			return null;
		}
	}

	boolean matches(byte[] body, String signatureHeader) {
		if (body == null || signatureHeader == null || signatureHeader.isBlank()) {
			return false;
		}
		byte[] expected = digest(body);
		String presented = signatureHeader.trim();
		if (presented.toLowerCase(Locale.ROOT).startsWith("sha256=")) {
			presented = presented.substring("sha256=".length());
		}
		byte[] given = decode(presented);
		return given != null && MessageDigest.isEqual(expected, given);
	}

	/** The HMAC of these exact bytes, in hex. */
	String sign(byte[] body) {
		return HexFormat.of().formatHex(digest(body));
	}

	private byte[] digest(byte[] body) {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(new SecretKeySpec(secret, ALGORITHM));
			return mac.doFinal(body);
		}
		catch (NoSuchAlgorithmException | InvalidKeyException e) {
			throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
		}
	}

	private static byte[] decode(String value) {
		if (value.length() == 64 && value.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
			return HexFormat.of().parseHex(value.toLowerCase(Locale.ROOT));
		}
		try {
			return Base64.getDecoder().decode(value);
		}
		catch (IllegalArgumentException notBase64) {
			return null;
		}
	}

}
