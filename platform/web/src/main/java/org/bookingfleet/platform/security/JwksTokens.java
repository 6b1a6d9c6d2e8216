package org.bookingfleet.platform.security;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/**
 * Tokens of an identity provider, checked against its published keys (JWKS), as the gateway does in production.
 * The claims are the fleet's: {@code sub}, {@code roles}, {@code providerId}; {@code exp} is required.
 */
public class JwksTokens implements TokenVerifier {

	private final ReactiveJwtDecoder decoder;

	public JwksTokens(String jwksUri) {
		this(NimbusReactiveJwtDecoder.withJwkSetUri(jwksUri).build());
	}

	JwksTokens(ReactiveJwtDecoder decoder) {
		this.decoder = decoder;
	}

	@Override
	public Mono<Caller> callerOf(String token) {
		return this.decoder.decode(token)
			.onErrorMap(JwtException.class, ex -> new JwtTokens.InvalidToken("the token is not valid: " + ex.getMessage()))
			.flatMap(jwt -> (jwt.getExpiresAt() == null)
					? Mono.error(new JwtTokens.InvalidToken("the token has no expiry")) : Mono.just(callerOf(jwt)));
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
