package org.bookingfleet.identity.invitations;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.bookingfleet.identity.accounts.Accounts;
import org.bookingfleet.identity.accounts.LinkTokens;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The links that let an invited provider set their password: a random token in the link,
 * only its SHA-256 kept (beside the email confirmations, purpose {@code SET_PASSWORD});
 * it sets a password once, within {@link #LIFETIME}.
 */
@Repository
class InvitationLinks {

	static final Duration LIFETIME = Duration.ofHours(72);

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final Accounts accounts;

	private final Clock clock;

	InvitationLinks(JdbcTemplate jdbc, TransactionTemplate transactions, Accounts accounts, Clock clock) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.accounts = accounts;
		this.clock = clock;
	}

	/** A new link's token for this account, and when it expires. */
	Issued issue(long accountId) {
		String token = LinkTokens.newToken();
		Instant expiresAt = this.clock.instant().plus(LIFETIME);
		this.jdbc.update(
				"insert into email_confirmation (token_hash, account_id, expires_at, purpose) "
						+ "values (?, ?, ?, 'SET_PASSWORD')",
				LinkTokens.hash(token), accountId, Timestamp.from(expiresAt));
		return new Issued(token, expiresAt);
	}

	/** The account of a link that can still set a password. */
	Optional<Long> accountOf(String token) {
		if (!LinkTokens.plausible(token)) {
			return Optional.empty();
		}
		return this.jdbc
			.query("select account_id from email_confirmation where token_hash = ? and purpose = 'SET_PASSWORD' "
					+ "and used_at is null and expires_at > ?", (row, n) -> row.getLong(1), LinkTokens.hash(token),
					Timestamp.from(this.clock.instant()))
			.stream()
			.findFirst();
	}

	/**
	 * Uses the link to set its account's password; false when it is unknown, used already
	 * or expired.
	 */
	boolean setPassword(String token, String rawPassword) {
		if (!LinkTokens.plausible(token)) {
			return false;
		}
		Instant now = this.clock.instant();
		Boolean set = this.transactions.execute(status -> {
			List<Long> account = this.jdbc.query(
					"update email_confirmation set used_at = ? where token_hash = ? and purpose = 'SET_PASSWORD' "
							+ "and used_at is null and expires_at > ? returning account_id",
					(row, n) -> row.getLong(1), Timestamp.from(now), LinkTokens.hash(token), Timestamp.from(now));
			account.forEach(id -> this.accounts.setPassword(id, rawPassword));
			return !account.isEmpty();
		});
		return Boolean.TRUE.equals(set);
	}

	record Issued(String token, Instant expiresAt) {
	}

}
