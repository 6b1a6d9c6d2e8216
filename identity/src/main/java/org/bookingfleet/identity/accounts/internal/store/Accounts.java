package org.bookingfleet.identity.accounts.internal.store;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.bookingfleet.identity.accounts.Account;
import org.bookingfleet.identity.accounts.Lockout;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The accounts table: find by email or id, create, invite, deactivate, and count wrong
 * passwords under a row lock.
 */
@Repository
public class Accounts {

	private static final Set<String> ROLES = Set.of("CLIENT", "PROVIDER", "ADMIN");

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final PasswordEncoder passwords;

	private final Clock clock;

	Accounts(JdbcTemplate jdbc, TransactionTemplate transactions, PasswordEncoder passwords, Clock clock) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.passwords = passwords;
		this.clock = clock;
	}

	public Optional<Account> byEmail(String email) {
		List<Account> found = this.jdbc.query("select * from account where email = ?", Accounts::account,
				Account.normalized(email));
		return found.stream().findFirst();
	}

	public Optional<Account> byId(long id) {
		return this.jdbc.query("select * from account where id = ?", Accounts::account, id).stream().findFirst();
	}

	/**
	 * Every account with this role (any role when null), providers by their provider id,
	 * then by email; at most 1000.
	 */
	public List<Account> withRole(String role) {
		return this.jdbc.query("select * from account where ?::text is null or ?::text = any (roles) "
				+ "order by provider_id nulls last, email limit 1000", Accounts::account, role, role);
	}

	/** Whether another account acts for this provider id already. */
	public boolean providerIdTaken(long providerId) {
		return Boolean.TRUE.equals(this.jdbc
			.queryForObject("select exists (select 1 from account where provider_id = ?)", Boolean.class, providerId));
	}

	/**
	 * A provider's account made by an admin, with no password until its owner sets one
	 * through the invitation's link. Returns its id, or empty when the email has an
	 * account already.
	 */
	public Optional<Long> invite(String email, String name, long providerId) {
		List<Long> created = this.jdbc.query(
				"insert into account (email, password_hash, roles, provider_id, name, email_confirmed) "
						+ "values (?, null, array['PROVIDER'], ?, ?, true) on conflict (email) do nothing returning id",
				(row, n) -> row.getLong(1), Account.normalized(email), providerId, name);
		return created.stream().findFirst();
	}

	/** The owner of an invited account chose a password: it signs in from now on. */
	public void setPassword(long accountId, String rawPassword) {
		this.jdbc.update("update account set password_hash = ?, email_confirmed = true where id = ?",
				this.passwords.encode(rawPassword), accountId);
	}

	/**
	 * The password's hash in the current encoding, written when someone signed in with an
	 * older one.
	 */
	public void rehashed(String email, String encodedPassword) {
		this.jdbc.update("update account set password_hash = ? where email = ? and password_hash is not null",
				encodedPassword, Account.normalized(email));
	}

	/** Deactivated by an admin now; true when it was active until now. */
	public boolean deactivate(long accountId) {
		return this.jdbc.update("update account set deactivated_at = ? where id = ? and deactivated_at is null",
				Timestamp.from(this.clock.instant()), accountId) == 1;
	}

	/** Active again; true when it was deactivated until now. */
	public boolean reactivate(long accountId) {
		return this.jdbc.update("update account set deactivated_at = null where id = ? and deactivated_at is not null",
				accountId) == 1;
	}

	/**
	 * Creates the account unless one with that email exists; the password is stored only
	 * as its hash. Returns whether it was created.
	 */
	public boolean createIfAbsent(String email, String rawPassword, Set<String> roles, Long providerId) {
		String normalized = Account.normalized(email);
		Set<String> named = new TreeSet<>();
		for (String role : roles) {
			String upper = role.toUpperCase(Locale.ROOT);
			if (!ROLES.contains(upper)) {
				throw new IllegalArgumentException("unknown role " + role + "; use CLIENT, PROVIDER or ADMIN");
			}
			named.add(upper);
		}
		if (named.contains("PROVIDER") != (providerId != null)) {
			throw new IllegalArgumentException("a PROVIDER account needs its provider id, and only a provider has one");
		}
		return this.jdbc.update(connection -> {
			var insert = connection.prepareStatement("insert into account (email, password_hash, roles, provider_id) "
					+ "values (?, ?, ?, ?) on conflict (email) do nothing");
			insert.setString(1, normalized);
			insert.setString(2, this.passwords.encode(rawPassword));
			insert.setArray(3, connection.createArrayOf("text", named.toArray()));
			insert.setObject(4, providerId);
			return insert;
		}) == 1;
	}

	/**
	 * A customer's own account ({@code CLIENT}), not confirmed until the link of its
	 * email is followed. Returns its id, or empty when the email has an account already.
	 */
	public Optional<Long> register(String name, String email, String rawPassword) {
		List<Long> created = this.jdbc.query(
				"insert into account (email, password_hash, roles, name, email_confirmed) "
						+ "values (?, ?, array['CLIENT'], ?, false) on conflict (email) do nothing returning id",
				(row, n) -> row.getLong(1), Account.normalized(email), this.passwords.encode(rawPassword), name);
		return created.stream().findFirst();
	}

	/** The email of this account is confirmed: it may sign in. */
	public void confirmEmail(long accountId) {
		this.jdbc.update("update account set email_confirmed = true where id = ?", accountId);
	}

	/**
	 * A wrong password for this email: counted, and the fifth in a row locks the account
	 * (see {@link Lockout}).
	 */
	public void failedSignIn(String email) {
		Instant now = this.clock.instant();
		this.transactions.executeWithoutResult(status -> {
			List<Lockout> current = this.jdbc.query(
					"select failed_attempts, locked_until from account where email = ? for update",
					(row, n) -> lockout(row), Account.normalized(email));
			if (current.isEmpty()) {
				return;
			}
			Lockout next = current.get(0).afterFailure(now);
			this.jdbc.update("update account set failed_attempts = ?, locked_until = ? where email = ?",
					next.failedAttempts(), (next.lockedUntil() != null) ? Timestamp.from(next.lockedUntil()) : null,
					Account.normalized(email));
		});
	}

	/** A right password: the count of wrong ones starts again. */
	public void signedIn(String email) {
		this.jdbc.update(
				"update account set failed_attempts = 0, locked_until = null "
						+ "where email = ? and (failed_attempts <> 0 or locked_until is not null)",
				Account.normalized(email));
	}

	private static Account account(ResultSet row, int n) throws SQLException {
		Array roles = row.getArray("roles");
		Set<String> named = Set.of((String[]) roles.getArray());
		long providerId = row.getLong("provider_id");
		Long provider = row.wasNull() ? null : providerId;
		return new Account(row.getLong("id"), row.getString("email"), row.getString("password_hash"), named, provider,
				lockout(row), row.getString("name"), row.getBoolean("email_confirmed"),
				instant(row.getTimestamp("deactivated_at")), instant(row.getTimestamp("created_at")));
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	private static Lockout lockout(ResultSet row) throws SQLException {
		Timestamp lockedUntil = row.getTimestamp("locked_until");
		return new Lockout(row.getInt("failed_attempts"), (lockedUntil != null) ? lockedUntil.toInstant() : null);
	}

}
