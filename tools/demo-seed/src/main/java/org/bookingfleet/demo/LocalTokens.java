package org.bookingfleet.demo;

import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import org.bookingfleet.platform.security.JwtTokens;
import org.bookingfleet.platform.security.Role;

/**
 * The local fleet's admin and provider tokens for the seeding, minted by the web
 * platform's {@link JwtTokens}.
 */
final class LocalTokens {

	static final String LOCAL_SECRET = "local-development-only-secret-0123456789abcdef";

	private static final Duration LIFETIME = Duration.ofMinutes(15);

	private final JwtTokens tokens;

	LocalTokens(String secret) {
		this.tokens = new JwtTokens(secret, Clock.systemUTC());
	}

	String admin() {
		return tokens.mint("demo-seed-admin", Set.of(Role.ADMIN), null, LIFETIME);
	}

	String provider(long providerId) {
		return tokens.mint("demo-seed-provider-" + providerId, Set.of(Role.PROVIDER), providerId, LIFETIME);
	}

}
