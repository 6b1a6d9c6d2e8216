package org.bookingfleet.identity.accounts.internal.store;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Counts the wrong passwords typed on the login page, and clears the count on a right
 * one.
 */
@Component
class SignInAttempts {

	private final Accounts accounts;

	SignInAttempts(Accounts accounts) {
		this.accounts = accounts;
	}

	@EventListener
	void failed(AuthenticationFailureBadCredentialsEvent event) {
		if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken typed) {
			this.accounts.failedSignIn(typed.getName());
		}
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken signedIn) {
			this.accounts.signedIn(signedIn.getName());
		}
	}

}
