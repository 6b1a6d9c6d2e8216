package org.bookingfleet.identity.registration;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.bookingfleet.identity.accounts.Accounts;
import org.bookingfleet.identity.accounts.LinkTokens;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The links that confirm an account's email: a random token in the link, only its SHA-256
 * kept; it confirms once, within {@link #LIFETIME}.
 */
@Repository
class Confirmations {

	static final Duration LIFETIME = Duration.ofHours(24);

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final Accounts accounts;

	private final Clock clock;

	Confirmations(JdbcTemplate jdbc, TransactionTemplate transactions, Accounts accounts, Clock clock) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.accounts = accounts;
		this.clock = clock;
	}

	/** A new link's token for this account. */
	String issue(long accountId) {
		String token = LinkTokens.newToken();
		this.jdbc.update(
				"insert into email_confirmation (token_hash, account_id, expires_at, purpose) "
						+ "values (?, ?, ?, 'CONFIRM_EMAIL')",
				LinkTokens.hash(token), accountId, Timestamp.from(this.clock.instant().plus(LIFETIME)));
		return token;
	}

	/**
	 * Confirms the email of the link's account; false when the token is unknown, used
	 * already or expired.
	 */
	boolean confirm(String token) {
		if (!LinkTokens.plausible(token)) {
			return false;
		}
		Instant now = this.clock.instant();
		Boolean confirmed = this.transactions.execute(status -> {
			List<Long> account = this.jdbc.query(
					"update email_confirmation set used_at = ? where token_hash = ? and purpose = 'CONFIRM_EMAIL' "
							+ "and used_at is null and expires_at > ? returning account_id",
					(row, n) -> row.getLong(1), Timestamp.from(now), LinkTokens.hash(token), Timestamp.from(now));
			account.forEach(this.accounts::confirmEmail);
			return !account.isEmpty();
		});
		return Boolean.TRUE.equals(confirmed);
	}

}
