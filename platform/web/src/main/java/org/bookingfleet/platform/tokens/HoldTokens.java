package org.bookingfleet.platform.tokens;

import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import tools.jackson.databind.node.ObjectNode;

/**
 * Hold tokens: the availability service signs one for each hold it grants, and the
 * booking service checks it without asking anyone. Both hold the same key (base64, at
 * least 32 bytes; {@code HOLD_SIGNING_KEY}). The token is the holder's capability:
 * releasing a hold, booking it or moving a booking onto it needs it.
 */
public final class HoldTokens {

	private final CompactJws jws;

	public HoldTokens(String base64Key) {
		this.jws = new CompactJws(Base64.getDecoder().decode(base64Key), "hold");
	}

	public String sign(HoldClaims hold) {
		ObjectNode claims = CompactJws.claims()
			.put("typ", "hold")
			.put("hid", hold.holdId().toString())
			.put("pid", hold.providerId())
			.put("sid", hold.serviceId())
			.put("start", hold.start().getEpochSecond())
			.put("end", hold.end().getEpochSecond())
			.put("seats", hold.seats())
			.put("exp", hold.expiresAt().getEpochSecond());
		return this.jws.sign(claims);
	}

	/** The hold a token names, if this key signed it; expiry is the caller's to judge. */
	public Optional<HoldClaims> verify(String token) {
		return this.jws.verify(token)
			.filter(claims -> "hold".equals(claims.path("typ").asString("")))
			.flatMap(claims -> {
				try {
					return Optional.of(new HoldClaims(UUID.fromString(claims.path("hid").asString()),
							whole(claims, "pid"), claims.path("sid").asString(),
							Instant.ofEpochSecond(whole(claims, "start")), Instant.ofEpochSecond(whole(claims, "end")),
							Math.toIntExact(whole(claims, "seats")), Instant.ofEpochSecond(whole(claims, "exp"))));
				}
				catch (RuntimeException malformed) {
					return Optional.empty();
				}
			});
	}

	private static long whole(ObjectNode claims, String name) {
		if (!claims.path(name).isIntegralNumber()) {
			throw new IllegalArgumentException(name);
		}
		return claims.get(name).asLong();
	}

}
