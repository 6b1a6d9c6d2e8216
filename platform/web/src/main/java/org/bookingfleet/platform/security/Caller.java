package org.bookingfleet.platform.security;

import java.util.Set;

/**
 * Who is calling, from a verified JWT: {@code sub}, {@code roles} and, for providers,
 * {@code providerId}. A call without a token is {@link #anonymous()} (a guest, who may
 * still hold a booking's access token).
 */
public record Caller(String subject, Set<Role> roles, Long providerId) {

	public static Caller anonymous() {
		return new Caller(null, Set.of(), null);
	}

	public boolean isAnonymous() {
		return this.subject == null;
	}

	public boolean has(Role role) {
		return this.roles.contains(role);
	}

	public boolean isAdmin() {
		return has(Role.ADMIN);
	}

	/** A provider acting for the given provider id. */
	public boolean isProvider(long provider) {
		return has(Role.PROVIDER) && this.providerId != null && this.providerId == provider;
	}

}
