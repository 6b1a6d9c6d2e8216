package org.bookingfleet.gateway.security.internal.signin;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcReactiveOAuth2UserService;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.userinfo.ReactiveOAuth2UserService;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import reactor.core.publisher.Mono;

/**
 * Who signed in, from the ID token: its {@code roles} claim becomes the roles the
 * gateway's access rules check ({@code ROLE_PROVIDER}...), exactly as for a bearer token.
 */
final class SignedInPeople implements ReactiveOAuth2UserService<OidcUserRequest, OidcUser> {

	static final Set<String> ROLES = Set.of("CLIENT", "PROVIDER", "ADMIN");

	private final OidcReactiveOAuth2UserService standard = new OidcReactiveOAuth2UserService();

	@Override
	public Mono<OidcUser> loadUser(OidcUserRequest request) {
		return this.standard.loadUser(request).map(SignedInPeople::withRoles);
	}

	static OidcUser withRoles(OidcUser user) {
		Collection<GrantedAuthority> authorities = new LinkedHashSet<>(user.getAuthorities());
		for (String role : rolesOf(user)) {
			authorities.add(new SimpleGrantedAuthority("ROLE_" + role));
		}
		return new DefaultOidcUser(authorities, user.getIdToken(), user.getUserInfo(), IdTokenClaimNames.SUB);
	}

	static List<String> rolesOf(OidcUser user) {
		List<String> roles = new ArrayList<>();
		Object claim = user.getClaims().get("roles");
		if (claim instanceof Collection<?> named) {
			for (Object role : named) {
				if (ROLES.contains(String.valueOf(role))) {
					roles.add(String.valueOf(role));
				}
			}
		}
		return roles;
	}

}
