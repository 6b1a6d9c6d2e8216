package org.bookingfleet.pricing.quote.internal.token;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bookingfleet.platform.tokens.CompactJws;
import org.bookingfleet.pricing.quote.QuoteClaims;
import org.bookingfleet.pricing.quote.QuoteSignature;
import org.bookingfleet.pricing.quote.SigningKey;
import org.bookingfleet.pricing.quote.SigningKeys;
import org.bookingfleet.pricing.quote.TokenClaims;
import org.bookingfleet.pricing.quote.TokenVerification.Reason;
import org.bookingfleet.pricing.quote.TokenVerification;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Quote tokens in the platform's compact JWS: HMAC-SHA256 under the active key, its id in
 * the header, verified offline under any key still accepted. The format is described in
 * docs/quote-token.md; any service holding the keys verifies the same way.
 */
public final class QuoteSigner implements QuoteSignature {

	/** Deeper than any quote's claims (a series' occurrences hold their lines). */
	static final int MAX_DEPTH = 8;

	private static final JsonMapper JSON = new JsonMapper();

	private final CompactJws jws;

	public QuoteSigner(SigningKeys keys) {
		Map<String, byte[]> accepted = new LinkedHashMap<>();
		for (SigningKey key : keys.accepted()) {
			accepted.put(key.id(), key.secret());
		}
		this.jws = CompactJws.keyRing(keys.active().id(), accepted);
	}

	@Override
	public String sign(QuoteClaims claims) {
		return jws.sign(json(claims.toClaims()));
	}

	@Override
	public TokenVerification verify(String token, Instant now) {
		CompactJws.Check check = jws.check(token);
		if (check instanceof CompactJws.Refused refused) {
			return new TokenVerification.Refused(switch (refused.reason()) {
				case MALFORMED -> Reason.MALFORMED;
				case UNSUPPORTED_ALGORITHM -> Reason.UNSUPPORTED_ALGORITHM;
				case UNKNOWN_KEY -> Reason.UNKNOWN_KEY;
				case BAD_SIGNATURE -> Reason.BAD_SIGNATURE;
			});
		}
		CompactJws.Verified verified = (CompactJws.Verified) check;
		Optional<QuoteClaims> claims = claims(verified.claims(), 0).flatMap(QuoteClaims::fromClaims);
		if (claims.isEmpty()) {
			return new TokenVerification.Refused(Reason.MALFORMED);
		}
		if (claims.get().isExpiredAt(now)) {
			return new TokenVerification.Refused(Reason.EXPIRED);
		}
		return new TokenVerification.Valid(claims.get(), verified.keyId());
	}

	/**
	 * The quote a token's claims describe, read from their JSON as a verified token's
	 * are; empty when they are malformed.
	 */
	public static Optional<QuoteClaims> claimsOf(String json) {
		try {
			return claims(JSON.readTree(json), 0).flatMap(QuoteClaims::fromClaims);
		}
		catch (RuntimeException notJson) {
			return Optional.empty();
		}
	}

	private static ObjectNode json(TokenClaims claims) {
		ObjectNode json = CompactJws.claims();
		claims.members().forEach((name, value) -> {
			if (value == null) {
				json.putNull(name);
			}
			else if (value instanceof String text) {
				json.put(name, text);
			}
			else if (value instanceof Long number) {
				json.put(name, number);
			}
			else if (value instanceof TokenClaims object) {
				json.set(name, json(object));
			}
			else {
				ArrayNode array = json.putArray(name);
				for (Object member : (List<?>) value) {
					array.add(json((TokenClaims) member));
				}
			}
		});
		return json;
	}

	/**
	 * The claims as plain values; empty for anything a quote never holds (fractions,
	 * booleans, arrays of other than objects, nesting deeper than {@link #MAX_DEPTH}).
	 */
	static Optional<TokenClaims> claims(JsonNode json, int depth) {
		if (depth > MAX_DEPTH || !json.isObject()) {
			return Optional.empty();
		}
		TokenClaims claims = TokenClaims.empty();
		for (Map.Entry<String, JsonNode> member : json.properties()) {
			JsonNode value = member.getValue();
			String name = member.getKey();
			if (value.isNull()) {
				claims.with(name, (String) null);
			}
			else if (value.isString()) {
				claims.with(name, value.asString());
			}
			else if (value.isIntegralNumber() && value.canConvertToLong()) {
				claims.with(name, value.asLong());
			}
			else if (value.isObject()) {
				Optional<TokenClaims> object = claims(value, depth + 1);
				if (object.isEmpty()) {
					return Optional.empty();
				}
				claims.with(name, object.get());
			}
			else if (value.isArray()) {
				List<TokenClaims> objects = new ArrayList<>();
				for (JsonNode element : value) {
					Optional<TokenClaims> object = claims(element, depth + 1);
					if (object.isEmpty()) {
						return Optional.empty();
					}
					objects.add(object.get());
				}
				claims.with(name, objects);
			}
			else {
				return Optional.empty();
			}
		}
		return Optional.of(claims);
	}

}
