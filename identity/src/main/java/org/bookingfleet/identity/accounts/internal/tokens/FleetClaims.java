package org.bookingfleet.identity.accounts.internal.tokens;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.bookingfleet.identity.FleetClients;
import org.bookingfleet.identity.accounts.internal.store.Accounts;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.stereotype.Component;

/**
 * The fleet's claims in the access token (and the ID token): {@code roles}, a list of
 * {@code CLIENT}, {@code PROVIDER}, {@code ADMIN}, and {@code providerId}, a number, for
 * a provider. These are the names the services read from the HS256 tokens, so their role
 * checks hold for both. A client-credentials token carries the roles its client was
 * registered with.
 */
@Component
class FleetClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

	private final Accounts accounts;

	FleetClaims(Accounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public void customize(JwtEncodingContext context) {
		boolean accessToken = OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType());
		boolean idToken = OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue());
		if (!accessToken && !idToken) {
			return;
		}
		if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
			List<String> roles = FleetClients.rolesOf(context.getRegisteredClient());
			context.getClaims().claim("roles", new ArrayList<>(roles));
			return;
		}
		Authentication principal = context.getPrincipal();
		this.accounts.byEmail(principal.getName()).ifPresent(account -> {
			// an ArrayList: the authorization keeps the claims as JSON with their types,
			// and
			// reads back only the types it knows
			context.getClaims().claim("roles", new ArrayList<>(sorted(account.roles())));
			if (account.providerId() != null) {
				context.getClaims().claim("providerId", account.providerId());
			}
			if (idToken) {
				context.getClaims().claim("email", account.email());
				if (account.name() != null) {
					context.getClaims().claim("name", account.name());
				}
			}
		});
	}

	private static Set<String> sorted(Set<String> roles) {
		return new TreeSet<>(roles);
	}

}
