package org.bookingfleet.identity.accounts;

import java.util.Set;

/**
 * A person who may sign in: their email (lower-case), password hash, roles and, for a
 * provider, its provider id.
 */
public record Account(long id, String email, String passwordHash, Set<String> roles, Long providerId, Lockout lockout,
		String name, boolean emailConfirmed) {

	public static String normalized(String email) {
		return (email == null) ? "" : email.strip().toLowerCase(java.util.Locale.ROOT);
	}

}
