package org.bookingfleet.identity.accounts.internal.web;

import java.time.Instant;
import java.util.List;
import java.util.TreeSet;

import org.bookingfleet.identity.accounts.Account;

/**
 * An account as the admin API shows it: never its password or its hash.
 * {@code invitationExpiresAt} only in the answer to an invitation, with {@code mailed}.
 */
record AccountView(long id, String email, String name, List<String> roles, Long providerId, Account.Status status,
		Instant createdAt, Instant deactivatedAt, Instant invitationExpiresAt, Boolean mailed) {

	static AccountView of(Account account) {
		return new AccountView(account.id(), account.email(), account.name(),
				List.copyOf(new TreeSet<>(account.roles())), account.providerId(), account.status(),
				account.createdAt(), account.deactivatedAt(), null, null);
	}

	AccountView invited(Instant linkExpiresAt, boolean mailed) {
		return new AccountView(this.id, this.email, this.name, this.roles, this.providerId, this.status, this.createdAt,
				this.deactivatedAt, linkExpiresAt, mailed);
	}

}
