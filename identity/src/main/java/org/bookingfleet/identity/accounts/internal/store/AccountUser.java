package org.bookingfleet.identity.accounts.internal.store;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A signing-in person as Spring Security sees them, and whether an admin deactivated
 * them.
 */
public class AccountUser extends User {

	private final boolean deactivated;

	AccountUser(UserDetails user, boolean deactivated) {
		super(user.getUsername(), user.getPassword(), user.isEnabled(), user.isAccountNonExpired(),
				user.isCredentialsNonExpired(), user.isAccountNonLocked(), user.getAuthorities());
		this.deactivated = deactivated;
	}

	public boolean deactivated() {
		return this.deactivated;
	}

}
