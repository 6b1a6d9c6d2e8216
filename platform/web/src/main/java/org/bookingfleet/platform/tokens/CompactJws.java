package org.bookingfleet.platform.tokens;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Compact JWS (RFC 7515) signed with HMAC-SHA256: {@code header.payload.signature}, each
 * part base64url without padding, in its one canonical spelling. The fleet's one codec
 * for its own tokens: the HS256 JWTs of tests and tools, hold tokens and quote tokens.
 * Signs with the active key and names it in the header ({@code kid}) when keys are named;
 * verifies with the key the header names among those still accepted, so keys can be
 * rotated (a key ring's tokens must name their key). A token signed with another
 * algorithm, an unknown key or altered in any byte is refused, and {@link #check} says
 * why.
 */
public final class CompactJws {

	/**
	 * The longest token read: a series quote with its occurrences fits many times over.
	 */
	public static final int MAX_TOKEN_CHARS = 65_536;

	private static final JsonMapper JSON = new JsonMapper();

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

	private final String activeKeyId;

	private final boolean named;

	/** The key a token whose header names none was signed with: none for a key ring. */
	private final String unnamedTokensKey;

	/** Each accepted key's MAC, keyed once. */
	private final Map<String, KeyedMac> macs;

	/** The signed tokens' header, encoded once: it is the same for every token. */
	private final String signingHeader;

	/**
	 * One key; named in the header when {@code keyId} is given, and then required to
	 * match.
	 */
	public CompactJws(byte[] key, String keyId) {
		this(keyId, keyId != null, keyId, Map.of(keyId == null ? "" : keyId, key));
	}

	private CompactJws(String activeKeyId, boolean named, String unnamedTokensKey, Map<String, byte[]> keys) {
		Map<String, KeyedMac> macs = new LinkedHashMap<>();
		keys.forEach((id, key) -> {
			if (key == null || key.length < 32) {
				throw new IllegalArgumentException("an HMAC-SHA256 key has at least 32 bytes");
			}
			macs.put(id, new KeyedMac(key));
		});
		this.activeKeyId = activeKeyId;
		this.named = named;
		this.unnamedTokensKey = unnamedTokensKey;
		this.macs = Map.copyOf(macs);
		ObjectNode header = JSON.createObjectNode().put("alg", "HS256").put("typ", "JWT");
		if (activeKeyId != null) {
			header.put("kid", activeKeyId);
		}
		this.signingHeader = encode(header);
	}

	/**
	 * Named keys: new tokens are signed with {@code activeKeyId}, and a token naming any
	 * of {@code accepted} (which holds the active one) is verified with it.
	 */
	public static CompactJws keyRing(String activeKeyId, Map<String, byte[]> accepted) {
		if (activeKeyId == null || !accepted.containsKey(activeKeyId)) {
			throw new IllegalArgumentException("the active key must be one of the accepted keys");
		}
		return new CompactJws(activeKeyId, true, null, accepted);
	}

	/**
	 * Named keys that verify only: for a service that checks tokens another one signs.
	 */
	public static CompactJws verifying(Map<String, byte[]> accepted) {
		if (accepted.isEmpty()) {
			throw new IllegalArgumentException("at least one key is accepted");
		}
		return new CompactJws(null, true, null, accepted);
	}

	/** The signed token of these claims. */
	public String sign(ObjectNode claims) {
		if (this.named && this.activeKeyId == null) {
			throw new IllegalStateException("these keys only verify");
		}
		String signingInput = this.signingHeader + "." + encode(claims);
		return signingInput + "."
				+ ENCODER.encodeToString(this.macs.get(key(this.activeKeyId)).of(ascii(signingInput)));
	}

	/**
	 * The claims of a token one of these keys signed; empty when it is malformed, not
	 * HS256, signed with an unknown key or its signature is wrong.
	 */
	public Optional<ObjectNode> verify(String token) {
		return check(token) instanceof Verified verified ? Optional.of(verified.claims()) : Optional.empty();
	}

	/** The claims and the key of a token these keys signed, or why it is refused. */
	public Check check(String token) {
		if (token == null || token.length() > MAX_TOKEN_CHARS) {
			return new Refused(Reason.MALFORMED);
		}
		String[] parts = token.split("\\.", -1);
		if (parts.length != 3) {
			return new Refused(Reason.MALFORMED);
		}
		Optional<JsonNode> header = decode(parts[0]).flatMap(CompactJws::json);
		Optional<JsonNode> claims = decode(parts[1]).flatMap(CompactJws::json);
		Optional<byte[]> signature = decode(parts[2]);
		if (header.isEmpty() || !header.get().isObject() || claims.isEmpty() || signature.isEmpty()) {
			return new Refused(Reason.MALFORMED);
		}
		if (!"HS256".equals(header.get().path("alg").asString(""))) {
			return new Refused(Reason.UNSUPPORTED_ALGORITHM);
		}
		String keyId = !this.named ? null
				: header.get().has("kid") ? header.get().path("kid").asString("") : this.unnamedTokensKey;
		KeyedMac keyed = this.named && keyId == null ? null : this.macs.get(key(keyId));
		if (keyed == null) {
			return new Refused(Reason.UNKNOWN_KEY);
		}
		if (!MessageDigest.isEqual(keyed.of(ascii(parts[0] + "." + parts[1])), signature.get())) {
			return new Refused(Reason.BAD_SIGNATURE);
		}
		if (!(claims.get() instanceof ObjectNode object)) {
			return new Refused(Reason.MALFORMED);
		}
		return new Verified(object, keyId);
	}

	public static ObjectNode claims() {
		return JSON.createObjectNode();
	}

	/** What {@link #check} found. */
	public sealed interface Check {

	}

	/** Signed by the key named {@code keyId} (null for an unnamed key). */
	public record Verified(ObjectNode claims, String keyId) implements Check {
	}

	public record Refused(Reason reason) implements Check {
	}

	public enum Reason {

		MALFORMED, UNSUPPORTED_ALGORITHM, UNKNOWN_KEY, BAD_SIGNATURE

	}

	private static String key(String keyId) {
		return keyId == null ? "" : keyId;
	}

	private static String encode(JsonNode node) {
		return ENCODER.encodeToString(JSON.writeValueAsBytes(node));
	}

	/** Base64url in its one canonical spelling, so no two tokens carry the same bytes. */
	private static Optional<byte[]> decode(String part) {
		try {
			byte[] bytes = DECODER.decode(part);
			return ENCODER.encodeToString(bytes).equals(part) ? Optional.of(bytes) : Optional.empty();
		}
		catch (IllegalArgumentException notBase64) {
			return Optional.empty();
		}
	}

	private static Optional<JsonNode> json(byte[] bytes) {
		try {
			return Optional.of(JSON.readTree(bytes));
		}
		catch (RuntimeException notJson) {
			return Optional.empty();
		}
	}

	private static byte[] ascii(String signingInput) {
		return signingInput.getBytes(StandardCharsets.US_ASCII);
	}

}
