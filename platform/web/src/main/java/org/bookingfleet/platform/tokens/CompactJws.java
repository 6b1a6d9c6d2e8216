package org.bookingfleet.platform.tokens;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Compact JWS (RFC 7515) signed with HMAC-SHA256 under one shared key:
 * {@code header.payload.signature}, each part base64url without padding. The header names
 * the algorithm and, when given, the key id; a token signed with another algorithm,
 * another key or altered in any byte is refused.
 */
public final class CompactJws {

	private static final JsonMapper JSON = new JsonMapper();

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

	private final byte[] key;

	private final String keyId;

	public CompactJws(byte[] key, String keyId) {
		if (key == null || key.length < 32) {
			throw new IllegalArgumentException("an HMAC-SHA256 key has at least 32 bytes");
		}
		this.key = key.clone();
		this.keyId = keyId;
	}

	/** The signed token of these claims. */
	public String sign(ObjectNode claims) {
		ObjectNode header = JSON.createObjectNode().put("alg", "HS256").put("typ", "JWT");
		if (this.keyId != null) {
			header.put("kid", this.keyId);
		}
		String signingInput = encode(header) + "." + encode(claims);
		return signingInput + "." + ENCODER.encodeToString(mac(signingInput));
	}

	/**
	 * The claims of a token this key signed; empty when it is malformed, not HS256 or its
	 * signature is wrong.
	 */
	public Optional<ObjectNode> verify(String token) {
		if (token == null || token.length() > 8192) {
			return Optional.empty();
		}
		String[] parts = token.split("\\.", -1);
		if (parts.length != 3) {
			return Optional.empty();
		}
		try {
			JsonNode header = JSON.readTree(DECODER.decode(parts[0]));
			if (!"HS256".equals(header.path("alg").asString(""))) {
				return Optional.empty();
			}
			if (this.keyId != null && header.has("kid") && !this.keyId.equals(header.path("kid").asString(""))) {
				return Optional.empty();
			}
			byte[] expected = mac(parts[0] + "." + parts[1]);
			if (!MessageDigest.isEqual(expected, DECODER.decode(parts[2]))) {
				return Optional.empty();
			}
			JsonNode claims = JSON.readTree(DECODER.decode(parts[1]));
			return claims instanceof ObjectNode object ? Optional.of(object) : Optional.empty();
		}
		catch (RuntimeException malformed) {
			return Optional.empty();
		}
	}

	public static ObjectNode claims() {
		return JSON.createObjectNode();
	}

	private static String encode(JsonNode node) {
		return ENCODER.encodeToString(JSON.writeValueAsBytes(node));
	}

	private byte[] mac(String signingInput) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.key, "HmacSHA256"));
			return mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
