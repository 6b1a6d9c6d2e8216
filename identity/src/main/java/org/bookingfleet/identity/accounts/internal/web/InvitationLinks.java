package org.bookingfleet.identity.accounts.internal.web;

import java.time.Duration;
import java.util.Optional;

import org.bookingfleet.identity.accounts.internal.store.Accounts;
import org.bookingfleet.identity.accounts.internal.store.MailedLinks;
import org.springframework.stereotype.Component;

/**
 * The links that let an invited provider set their password (purpose {@code SET_PASSWORD}
 * among the mailed links): one sets a password once, within {@link #LIFETIME}.
 */
@Component
public class InvitationLinks {

	static final Duration LIFETIME = Duration.ofHours(72);

	private static final String PURPOSE = "SET_PASSWORD";

	private final MailedLinks links;

	private final Accounts accounts;

	InvitationLinks(MailedLinks links, Accounts accounts) {
		this.links = links;
		this.accounts = accounts;
	}

	/** A new link's token for this account, and when it expires. */
	public MailedLinks.Issued issue(long accountId) {
		return this.links.issue(accountId, PURPOSE, LIFETIME);
	}

	/** The account of a link that can still set a password. */
	Optional<Long> accountOf(String token) {
		return this.links.accountOf(token, PURPOSE);
	}

	/**
	 * Uses the link to set its account's password; false when it is unknown, used already
	 * or expired.
	 */
	boolean setPassword(String token, String rawPassword) {
		return this.links.use(token, PURPOSE, account -> this.accounts.setPassword(account, rawPassword));
	}

}
