package org.bookingfleet.platform.tokens;

import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import tools.jackson.databind.node.ObjectNode;

/**
 * Link tokens: signed, expiring, single-purpose capabilities that the messages a customer
 * receives carry, so that a guest (who booked without an account and whose booking token
 * the fleet never stores) can open an invoice's PDF or a booking's manage page from an
 * email or a text. The integration service signs them; the payment and booking services
 * verify them with the same key ({@code LINK_SIGNING_KEY}, base64, at least 32 bytes,
 * named by {@code LINK_SIGNING_KEY_ID}). A token carries its purpose, its subject (the
 * document number or the booking id), its expiry and the issuer; it opens only that
 * subject for that purpose until it expires.
 */
public final class LinkTokens {

	/** The {@code iss} claim of every link token. */
	public static final String ISSUER = "bookingfleet-links";

	private final CompactJws jws;

	/**
	 * Signs with {@code activeKeyId} and verifies tokens naming any key of
	 * {@code base64Keys} (which holds the active one), so a key can be rotated while
	 * links already sent keep working.
	 */
	public LinkTokens(String activeKeyId, Map<String, String> base64Keys) {
		Map<String, byte[]> keys = new LinkedHashMap<>();
		base64Keys.forEach((id, key) -> keys.put(id, Base64.getDecoder().decode(Objects.requireNonNull(key, id))));
		this.jws = CompactJws.keyRing(activeKeyId, keys);
	}

	/** One key, signing and verifying. */
	public static LinkTokens of(String keyId, String base64Key) {
		return new LinkTokens(keyId, Map.of(keyId, base64Key));
	}

	/** A token opening {@code subject} for {@code purpose} until {@code expiresAt}. */
	public String mint(LinkPurpose purpose, String subject, Instant expiresAt) {
		if (subject == null || subject.isBlank()) {
			throw new IllegalArgumentException("a link opens one named document or booking");
		}
		ObjectNode claims = CompactJws.claims()
			.put("iss", ISSUER)
			.put("purpose", purpose.claim())
			.put("sub", subject)
			.put("exp", expiresAt.getEpochSecond());
		return jws.sign(claims);
	}

	/**
	 * Whether {@code token} opens {@code subject} for {@code purpose} at {@code now}: one
	 * of these keys signed it, for that purpose and that subject, and it has not expired.
	 */
	public boolean opens(String token, LinkPurpose purpose, String subject, Instant now) {
		return subject != null && subject(token, purpose, now).filter(subject::equals).isPresent();
	}

	/**
	 * The subject a valid token of {@code purpose} opens at {@code now}; empty for
	 * anything else (no token, another purpose, expired, altered, another key).
	 */
	public Optional<String> subject(String token, LinkPurpose purpose, Instant now) {
		if (token == null || token.isBlank()) {
			return Optional.empty();
		}
		return jws.verify(token)
			.filter(claims -> ISSUER.equals(claims.path("iss").asString("")))
			.filter(claims -> purpose.claim().equals(claims.path("purpose").asString("")))
			.filter(claims -> claims.path("exp").isIntegralNumber()
					&& now.isBefore(Instant.ofEpochSecond(claims.get("exp").asLong())))
			.map(claims -> claims.path("sub").asString(""))
			.filter(subject -> !subject.isBlank());
	}

}
