package org.bookingfleet.identity.accounts.internal.store;

import java.time.Duration;

import org.bookingfleet.identity.accounts.internal.store.Accounts;
import org.bookingfleet.identity.accounts.internal.store.MailedLinks;
import org.springframework.stereotype.Component;

/**
 * The links that confirm an account's email (purpose {@code CONFIRM_EMAIL} among the
 * mailed links): one confirms once, within {@link #LIFETIME}.
 */
@Component
public class Confirmations {

	static final Duration LIFETIME = Duration.ofHours(24);

	private static final String PURPOSE = "CONFIRM_EMAIL";

	private final MailedLinks links;

	private final Accounts accounts;

	Confirmations(MailedLinks links, Accounts accounts) {
		this.links = links;
		this.accounts = accounts;
	}

	/** A new link's token for this account. */
	public String issue(long accountId) {
		return this.links.issue(accountId, PURPOSE, LIFETIME).token();
	}

	/**
	 * Confirms the email of the link's account; false when the token is unknown, used
	 * already or expired.
	 */
	public boolean confirm(String token) {
		return this.links.use(token, PURPOSE, this.accounts::confirmEmail);
	}

}
