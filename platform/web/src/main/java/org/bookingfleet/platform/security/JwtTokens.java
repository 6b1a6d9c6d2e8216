package org.bookingfleet.platform.security;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;

import org.bookingfleet.platform.tokens.CompactJws;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * HS256 JWTs with the fleet's claims. The gateway checks tokens first; every service
 * checks them again with the same key, so calling a service directly gains nothing.
 * {@link #mint} makes local tokens for each role.
 */
public final class JwtTokens implements TokenVerifier {

	/**
	 * How far a token's {@code nbf} may lie ahead of this clock: the issuer's clock may
	 * run a little fast.
	 */
	public static final Duration NOT_BEFORE_SKEW = Duration.ofSeconds(60);

	private final CompactJws jws;

	private final Clock clock;

	public JwtTokens(String secret, Clock clock) {
		if (secret == null || secret.length() < 32) {
			throw new IllegalArgumentException("the JWT secret needs at least 32 characters");
		}
		this.jws = new CompactJws(secret.getBytes(StandardCharsets.UTF_8), null);
		this.clock = clock;
	}

	public String mint(String subject, Set<Role> roles, Long providerId, Duration lifetime) {
		ObjectNode claims = CompactJws.claims().put("sub", subject);
		ArrayNode names = claims.putArray("roles");
		roles.stream().map(Enum::name).sorted().forEach(names::add);
		if (providerId != null) {
			claims.put("providerId", providerId);
		}
		long now = this.clock.instant().getEpochSecond();
		claims.put("iat", now);
		claims.put("exp", now + lifetime.toSeconds());
		return this.jws.sign(claims);
	}

	@Override
	public Mono<Caller> callerOf(String token) {
		return Mono.fromCallable(() -> verify(token));
	}

	/**
	 * The caller a token names; {@link InvalidToken} when it is malformed, forged,
	 * expired or not valid yet.
	 */
	public Caller verify(String token) {
		if (token == null || token.split("\\.", -1).length != 3) {
			throw new InvalidToken("the token is not a JWT");
		}
		JsonNode claims = this.jws.verify(token)
			.orElseThrow(() -> new InvalidToken("the token's signature is wrong, or it is not signed with HS256"));
		try {
			long now = this.clock.instant().getEpochSecond();
			if (!claims.has("exp") || claims.get("exp").asLong() <= now) {
				throw new InvalidToken("the token has expired");
			}
			if (claims.has("nbf") && (!claims.get("nbf").isNumber()
					|| claims.get("nbf").asLong() > now + NOT_BEFORE_SKEW.toSeconds())) {
				throw new InvalidToken("the token is not valid yet");
			}
			Set<Role> roles = EnumSet.noneOf(Role.class);
			claims.path("roles").forEach(role -> roles.add(Role.valueOf(role.asString())));
			Long providerId = claims.hasNonNull("providerId") ? claims.get("providerId").asLong() : null;
			return new Caller(claims.path("sub").asString(), Set.copyOf(roles), providerId);
		}
		catch (InvalidToken ex) {
			throw ex;
		}
		catch (RuntimeException ex) {
			throw new InvalidToken("the token cannot be read");
		}
	}

	public static final class InvalidToken extends RuntimeException {

		public InvalidToken(String message) {
			super(message);
		}

	}

}
