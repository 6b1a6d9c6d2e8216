package org.bookingfleet.identity.accounts;

import java.time.Instant;
import java.util.Set;

/**
 * A person who may sign in: their email (lower-case), password hash (none while an
 * invitation is open), roles and, for a provider, its provider id; when an admin
 * deactivated it.
 */
public record Account(long id, String email, String passwordHash, Set<String> roles, Long providerId, Lockout lockout,
		String name, boolean emailConfirmed, Instant deactivatedAt, Instant createdAt) {

	/** Where the account stands, as admins see it. */
	public enum Status {

		/** Invited, no password set yet. */
		INVITED,
		/** Registered by its owner, email not confirmed yet. */
		UNCONFIRMED,
		/** Signs in. */
		ACTIVE,
		/** Deactivated by an admin: cannot sign in. */
		DEACTIVATED

	}

	public Status status() {
		if (this.deactivatedAt != null) {
			return Status.DEACTIVATED;
		}
		if (this.passwordHash == null) {
			return Status.INVITED;
		}
		return this.emailConfirmed ? Status.ACTIVE : Status.UNCONFIRMED;
	}

	public static String normalized(String email) {
		return (email == null) ? "" : email.strip().toLowerCase(java.util.Locale.ROOT);
	}

}
