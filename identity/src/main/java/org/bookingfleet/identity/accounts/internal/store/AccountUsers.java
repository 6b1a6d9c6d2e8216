package org.bookingfleet.identity.accounts.internal.store;

import java.time.Clock;

import org.bookingfleet.identity.accounts.Account;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Accounts as Spring Security's users: the username is the email, the authorities are
 * {@code ROLE_<role>}, and an account within its lock is locked (so no password is even
 * tried); one whose email is not confirmed, or invited and without a password yet, is
 * disabled. A deactivated account is an {@link AccountUser} that says so, refused only
 * once its password was right ({@link DeactivatedAccounts}). A password stored in an
 * older encoding is stored again in the current one when its owner signs in.
 */
@Service
class AccountUsers implements UserDetailsService, UserDetailsPasswordService {

	private final Accounts accounts;

	private final Clock clock;

	AccountUsers(Accounts accounts, Clock clock) {
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	public UserDetails loadUserByUsername(String email) {
		Account account = this.accounts.byEmail(email)
			.orElseThrow(() -> new UsernameNotFoundException("no such account"));
		UserDetails user = User.withUsername(account.email())
			.password((account.passwordHash() != null) ? account.passwordHash() : "")
			.roles(account.roles().toArray(String[]::new))
			.accountLocked(account.lockout().lockedAt(this.clock.instant()))
			// an account whose email is not confirmed yet, or that has no password yet,
			// cannot sign in
			.disabled(!account.emailConfirmed() || account.passwordHash() == null)
			.build();
		return new AccountUser(user, account.deactivatedAt() != null);
	}

	@Override
	public UserDetails updatePassword(UserDetails user, String newPassword) {
		this.accounts.rehashed(user.getUsername(), newPassword);
		boolean deactivated = (user instanceof AccountUser known) && known.deactivated();
		return new AccountUser(User.withUserDetails(user).password(newPassword).build(), deactivated);
	}

}
