package org.bookingfleet.identity.accounts.internal.store;

import java.time.Instant;
import java.util.Optional;

import org.bookingfleet.identity.accounts.Account;
import org.bookingfleet.identity.accounts.Invitation;
import org.bookingfleet.identity.accounts.internal.mail.InvitationMail;
import org.bookingfleet.identity.accounts.internal.store.Accounts;
import org.bookingfleet.identity.accounts.internal.store.MailedLinks;
import org.bookingfleet.identity.accounts.internal.web.InvitationLinks;
import org.springframework.stereotype.Service;

/**
 * An admin invites a provider: the account is made with the role {@code PROVIDER} and its
 * provider id and no password, and a link to set one is mailed. Inviting again an email
 * whose invitation is still open (no password set) for the same provider id sends a new
 * link; any other account with that email or that provider id is a conflict.
 */
@Service
public class Invitations {

	private final Accounts accounts;

	private final InvitationLinks links;

	private final InvitationMail mail;

	Invitations(Accounts accounts, InvitationLinks links, InvitationMail mail) {
		this.accounts = accounts;
		this.links = links;
		this.mail = mail;
	}

	/** Sends the invitation; the problems of the invitation are checked by the caller. */
	public Sent invite(Invitation invitation) {
		Optional<Account> existing = this.accounts.byEmail(invitation.email());
		long accountId;
		if (existing.isPresent()) {
			Account account = existing.get();
			if (account.status() != Account.Status.INVITED || !invitation.providerId().equals(account.providerId())) {
				throw new Conflict("email", "this email has an account already");
			}
			accountId = account.id();
		}
		else {
			if (this.accounts.providerIdTaken(invitation.providerId())) {
				throw new Conflict("providerId", "another account acts for this provider id already");
			}
			accountId = this.accounts.invite(invitation.email(), invitation.name(), invitation.providerId())
				.orElseThrow(() -> new Conflict("email", "this email has an account already"));
		}
		MailedLinks.Issued link = this.links.issue(accountId);
		boolean mailed = this.mail.send(invitation, link.token());
		return new Sent(this.accounts.byId(accountId).orElseThrow(), link.expiresAt(), mailed);
	}

	/** The invited account, until when its link works, and whether the mail went out. */
	public record Sent(Account account, Instant linkExpiresAt, boolean mailed) {
	}

	/** An account with that email or provider id exists. */
	public static class Conflict extends RuntimeException {

		private final String field;

		Conflict(String field, String message) {
			super(message);
			this.field = field;
		}

		public String field() {
			return this.field;
		}

	}

}
