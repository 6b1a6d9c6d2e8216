package org.bookingfleet.pricing.quote;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.bookingfleet.pricing.quote.TokenVerification.Reason;
import org.bookingfleet.pricing.quote.TokenVerification.Refused;

/**
 * Signs quote claims into a compact JWS (HMAC-SHA256, key id in the header) and verifies
 * such tokens offline. The format is described in docs/quote-token.md; any service
 * holding the keys verifies the same way.
 */
public final class QuoteSigner {

	private static final String ALGORITHM = "HS256";

	private static final String MAC = "HmacSHA256";

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

	private final SigningKeys keys;

	public QuoteSigner(SigningKeys keys) {
		this.keys = keys;
		hmac(keys.active(), "");
	}

	public String sign(QuoteClaims claims) {
		SigningKey key = keys.active();
		String header = TokenJson.empty().with("alg", ALGORITHM).with("typ", "JWT").with("kid", key.id()).write();
		String signingInput = encode(header) + "." + encode(claims.toJson());
		return signingInput + "." + ENCODER.encodeToString(hmac(key, signingInput));
	}

	public TokenVerification verify(String token, Instant now) {
		if (token == null) {
			return new Refused(Reason.MALFORMED);
		}
		String[] parts = token.split("\\.", -1);
		if (parts.length != 3) {
			return new Refused(Reason.MALFORMED);
		}
		Optional<byte[]> headerBytes = decode(parts[0]);
		Optional<byte[]> claimsBytes = decode(parts[1]);
		Optional<byte[]> signature = decode(parts[2]);
		if (headerBytes.isEmpty() || claimsBytes.isEmpty() || signature.isEmpty()) {
			return new Refused(Reason.MALFORMED);
		}
		Optional<TokenJson> header = TokenJson.parse(utf8(headerBytes.get()));
		if (header.isEmpty()) {
			return new Refused(Reason.MALFORMED);
		}
		if (!header.get().string("alg").filter(ALGORITHM::equals).isPresent()) {
			return new Refused(Reason.UNSUPPORTED_ALGORITHM);
		}
		Optional<SigningKey> key = header.get().string("kid").flatMap(keys::find);
		if (key.isEmpty()) {
			return new Refused(Reason.UNKNOWN_KEY);
		}
		byte[] expected = hmac(key.get(), parts[0] + "." + parts[1]);
		if (!MessageDigest.isEqual(expected, signature.get())) {
			return new Refused(Reason.BAD_SIGNATURE);
		}
		Optional<QuoteClaims> claims = QuoteClaims.fromJson(utf8(claimsBytes.get()));
		if (claims.isEmpty()) {
			return new Refused(Reason.MALFORMED);
		}
		if (claims.get().isExpiredAt(now)) {
			return new Refused(Reason.EXPIRED);
		}
		return new TokenVerification.Valid(claims.get(), key.get().id());
	}

	private static String encode(String json) {
		return ENCODER.encodeToString(json.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Decodes base64url and accepts only its one canonical spelling, so no two tokens
	 * carry the same bytes.
	 */
	private static Optional<byte[]> decode(String part) {
		try {
			byte[] bytes = DECODER.decode(part);
			return ENCODER.encodeToString(bytes).equals(part) ? Optional.of(bytes) : Optional.empty();
		}
		catch (IllegalArgumentException notBase64) {
			return Optional.empty();
		}
	}

	private static String utf8(byte[] bytes) {
		return new String(bytes, StandardCharsets.UTF_8);
	}

	private static byte[] hmac(SigningKey key, String signingInput) {
		try {
			Mac mac = Mac.getInstance(MAC);
			mac.init(new SecretKeySpec(key.secret(), MAC));
			return mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII));
		}
		catch (GeneralSecurityException missingAlgorithm) {
			throw new IllegalStateException("HmacSHA256 is part of every Java runtime", missingAlgorithm);
		}
	}

}
