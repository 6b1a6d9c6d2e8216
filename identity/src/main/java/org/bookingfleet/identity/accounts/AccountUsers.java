package org.bookingfleet.identity.accounts;

import java.time.Clock;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Accounts as Spring Security's users: the username is the email, the authorities are
 * {@code ROLE_<role>}, and an account within its lock is locked (so no password is even
 * tried); one whose email is not confirmed is disabled.
 */
@Service
class AccountUsers implements UserDetailsService {

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
		return User.withUsername(account.email())
			.password(account.passwordHash())
			.roles(account.roles().toArray(String[]::new))
			.accountLocked(account.lockout().lockedAt(this.clock.instant()))
			// an account whose email is not confirmed yet cannot sign in
			.disabled(!account.emailConfirmed())
			.build();
	}

}
