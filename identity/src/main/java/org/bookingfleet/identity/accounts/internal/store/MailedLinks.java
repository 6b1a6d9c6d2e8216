package org.bookingfleet.identity.accounts.internal.store;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;

import org.bookingfleet.identity.accounts.LinkTokens;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The links mailed to an account (an email to confirm, a password to set): a random token
 * in the link, only its SHA-256 kept with the link's purpose; a link is used once, within
 * its lifetime, for its own purpose only.
 */
@Repository
public class MailedLinks {

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	MailedLinks(JdbcTemplate jdbc, TransactionTemplate transactions, Clock clock) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** A new link's token for this account, and when it expires. */
	public Issued issue(long accountId, String purpose, Duration lifetime) {
		String token = LinkTokens.newToken();
		Instant expiresAt = this.clock.instant().plus(lifetime);
		this.jdbc.update(
				"insert into email_confirmation (token_hash, account_id, expires_at, purpose) values (?, ?, ?, ?)",
				LinkTokens.hash(token), accountId, Timestamp.from(expiresAt), purpose);
		return new Issued(token, expiresAt);
	}

	/** The account of a link of this purpose that can still be used. */
	public Optional<Long> accountOf(String token, String purpose) {
		if (!LinkTokens.plausible(token)) {
			return Optional.empty();
		}
		return this.jdbc
			.query("select account_id from email_confirmation where token_hash = ? and purpose = ? "
					+ "and used_at is null and expires_at > ?", (row, n) -> row.getLong(1), LinkTokens.hash(token),
					purpose, Timestamp.from(this.clock.instant()))
			.stream()
			.findFirst();
	}

	/**
	 * Uses the link, in one transaction with what using it does to its account; false
	 * when it is unknown, of another purpose, used already or expired.
	 */
	public boolean use(String token, String purpose, LongConsumer onAccount) {
		if (!LinkTokens.plausible(token)) {
			return false;
		}
		Instant now = this.clock.instant();
		Boolean used = this.transactions.execute(status -> {
			List<Long> account = this.jdbc.query(
					"update email_confirmation set used_at = ? where token_hash = ? and purpose = ? "
							+ "and used_at is null and expires_at > ? returning account_id",
					(row, n) -> row.getLong(1), Timestamp.from(now), LinkTokens.hash(token), purpose,
					Timestamp.from(now));
			account.forEach(onAccount::accept);
			return !account.isEmpty();
		});
		return Boolean.TRUE.equals(used);
	}

	public record Issued(String token, Instant expiresAt) {
	}

}
