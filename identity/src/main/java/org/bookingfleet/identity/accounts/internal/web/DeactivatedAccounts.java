package org.bookingfleet.identity.accounts.internal.web;

import org.bookingfleet.identity.accounts.internal.store.AccountUser;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsChecker;

/**
 * Refuses a deactivated account after its password was checked: only someone who knows
 * the password learns that the account is deactivated; a wrong password gets the usual
 * refusal, so the login page tells nobody else whether the email has an account.
 */
public class DeactivatedAccounts implements UserDetailsChecker {

	@Override
	public void check(UserDetails user) {
		if (user instanceof AccountUser account && account.deactivated()) {
			throw new Deactivated();
		}
		if (!user.isCredentialsNonExpired()) {
			throw new CredentialsExpiredException("the password has expired");
		}
	}

	/** The account was deactivated by an admin. */
	public static class Deactivated extends DisabledException {

		Deactivated() {
			super("the account is deactivated");
		}

	}

}
