package org.bookingfleet.identity.accounts.internal.store;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.stereotype.Component;

/**
 * Ends what a person signed in to: every authorization Spring Authorization Server keeps
 * for them (its refresh token, ID token and access token) is removed, so no refresh
 * works. Access tokens already handed out stay valid until they expire (15 minutes): the
 * services check them offline.
 */
@Component
public class SignInRevocations {

	private final JdbcTemplate jdbc;

	private final OAuth2AuthorizationService authorizations;

	SignInRevocations(JdbcTemplate jdbc, OAuth2AuthorizationService authorizations) {
		this.jdbc = jdbc;
		this.authorizations = authorizations;
	}

	/** How many authorizations were revoked. */
	public int revokeAllOf(String principalName) {
		int revoked = 0;
		for (String id : this.jdbc.queryForList("select id from oauth2_authorization where principal_name = ?",
				String.class, principalName)) {
			OAuth2Authorization authorization = this.authorizations.findById(id);
			if (authorization != null) {
				this.authorizations.remove(authorization);
				revoked++;
			}
		}
		return revoked;
	}

}
