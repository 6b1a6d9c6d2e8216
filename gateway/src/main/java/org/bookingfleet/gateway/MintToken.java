package org.bookingfleet.gateway;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;

import org.bookingfleet.platform.security.JwtTokens;
import org.bookingfleet.platform.security.Role;

/**
 * Prints a signed JWT for local use: {@code MintToken ROLE [providerId]}. The key is
 * {@code FLEET_JWT_SECRET} (or the system property {@code fleet.security.jwt-secret}),
 * else the local development key of application.yml, so a token minted here passes a
 * locally started fleet. The token lives {@code FLEET_JWT_HOURS} hours (12).
 */
public final class MintToken {

	static final String LOCAL_SECRET = "local-development-only-secret-0123456789abcdef";

	private MintToken() {
	}

	public static void main(String[] args) {
		if (args.length < 1 || args.length > 2) {
			fail("usage: MintToken CLIENT|PROVIDER|ADMIN [providerId]");
		}
		Role role;
		try {
			role = Role.valueOf(args[0].toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			fail("unknown role " + args[0] + "; use CLIENT, PROVIDER or ADMIN");
			return;
		}
		Long providerId = (args.length == 2) ? Long.valueOf(args[1]) : null;
		if (role == Role.PROVIDER && providerId == null) {
			fail("a PROVIDER token needs the provider id: MintToken PROVIDER 1");
		}
		String secret = System.getProperty("fleet.security.jwt-secret", System.getenv("FLEET_JWT_SECRET"));
		String hours = System.getenv("FLEET_JWT_HOURS");
		Duration lifetime = Duration.ofHours((hours != null) ? Long.parseLong(hours) : 12);
		System.out.println(mint((secret != null) ? secret : LOCAL_SECRET, role, providerId, lifetime));
	}

	static String mint(String secret, Role role, Long providerId, Duration lifetime) {
		String subject = "local-" + role.name().toLowerCase(Locale.ROOT)
				+ ((providerId != null) ? "-" + providerId : "");
		return new JwtTokens(secret, Clock.systemUTC()).mint(subject, Set.of(role), providerId, lifetime);
	}

	private static void fail(String message) {
		System.err.println(message);
		System.exit(2);
	}

}
