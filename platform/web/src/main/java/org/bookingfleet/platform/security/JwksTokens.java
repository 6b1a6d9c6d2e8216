package org.bookingfleet.platform.security;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/**
 * Tokens of an identity provider, checked against its published keys (JWKS), as the
 * gateway does in production. The claims are the fleet's: {@code sub}, {@code roles},
 * {@code providerId}; {@code exp} is required, and a future {@code nbf} is refused beyond
 * {@link JwtTokens#NOT_BEFORE_SKEW}.
 */
public class JwksTokens implements TokenVerifier {

	private final ReactiveJwtDecoder decoder;

	private final Clock clock;

	public JwksTokens(String jwksUri) {
		this(NimbusReactiveJwtDecoder.withJwkSetUri(jwksUri).build());
	}

	public JwksTokens(ReactiveJwtDecoder decoder) {
		this(decoder, Clock.systemUTC());
	}

	JwksTokens(ReactiveJwtDecoder decoder, Clock clock) {
		this.decoder = decoder;
		this.clock = clock;
	}

	@Override
	public Mono<Caller> callerOf(String token) {
		return this.decoder.decode(token)
			.onErrorMap(JwtException.class,
					ex -> new JwtTokens.InvalidToken("the token is not valid: " + ex.getMessage()))
			.flatMap(this::inForce)
			.map(JwksTokens::callerOf);
	}

	/**
	 * The decoder's own validators may be configured otherwise; the fleet's rule holds
	 * whatever they are: an expiry is required, and a token whose {@code nbf} lies more
	 * than the skew ahead is not valid yet.
	 */
	private Mono<Jwt> inForce(Jwt jwt) {
		if (jwt.getExpiresAt() == null) {
			return Mono.error(new JwtTokens.InvalidToken("the token has no expiry"));
		}
		Instant notBefore = jwt.getNotBefore();
		if (notBefore != null && notBefore.isAfter(this.clock.instant().plus(JwtTokens.NOT_BEFORE_SKEW))) {
			return Mono.error(new JwtTokens.InvalidToken("the token is not valid yet"));
		}
		return Mono.just(jwt);
	}

	private static Caller callerOf(Jwt jwt) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		List<String> named = jwt.getClaimAsStringList("roles");
		if (named != null) {
			for (String role : named) {
				try {
					roles.add(Role.valueOf(role));
				}
				catch (IllegalArgumentException unknown) {
					// a role of another application: not ours to grant
				}
			}
		}
		Object providerId = jwt.getClaim("providerId");
		Long provider = (providerId instanceof Number number) ? number.longValue() : null;
		return new Caller(jwt.getSubject(), Set.copyOf(roles), provider);
	}

}
