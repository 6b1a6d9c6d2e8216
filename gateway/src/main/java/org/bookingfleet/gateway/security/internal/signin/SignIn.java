package org.bookingfleet.gateway.security.internal.signin;

import org.bookingfleet.platform.web.ApiException;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.client.oidc.web.server.logout.OidcClientInitiatedServerLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.server.DefaultServerOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationFailureHandler;
import org.springframework.security.web.server.authentication.logout.WebSessionServerLogoutHandler;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRequestAttributeHandler;
import reactor.core.publisher.Mono;

/**
 * The page's sign-in, added to the gateway's one security chain: the authorization-code
 * flow with PKCE at the configured issuer ({@code /signin} or
 * {@code /oauth2/authorization/identity}, back at {@code /login/oauth2/code/identity}),
 * the tokens kept in the session, CSRF for the session's state-changing calls, and
 * {@code POST /logout}, which ends the session and the issuer's (RP-initiated logout) and
 * comes back to the page.
 */
public final class SignIn {

	private final SignInProperties properties;

	private final ReactiveClientRegistrationRepository registrations;

	private final ServerOAuth2AuthorizedClientRepository authorizedClients;

	SignIn(SignInProperties properties, ReactiveClientRegistrationRepository registrations,
			ServerOAuth2AuthorizedClientRepository authorizedClients) {
		this.properties = properties;
		this.registrations = registrations;
		this.authorizedClients = authorizedClients;
	}

	public SignInProperties properties() {
		return this.properties;
	}

	/**
	 * The signed-in person read from the session when the request has one, and CSRF
	 * checked, whether or not sign-in is configured; sign-in and sign-out only where an
	 * issuer is.
	 */
	public ServerHttpSecurity apply(ServerHttpSecurity http) {
		http.securityContextRepository(new SignedInSession());
		http.csrf(
				csrf -> csrf.csrfTokenRepository(SessionCsrf.cookies(this.properties.secureCookies()))
					.csrfTokenRequestHandler(new ServerCsrfTokenRequestAttributeHandler())
					.requireCsrfProtectionMatcher(SessionCsrf.needsToken())
					.accessDeniedHandler((exchange, denied) -> Mono.error(ApiException.forbidden(
							"the session's CSRF token is missing or wrong: send the XSRF-TOKEN cookie's value in "
									+ "X-XSRF-TOKEN"))));
		if (!this.properties.enabled()) {
			return http.logout(ServerHttpSecurity.LogoutSpec::disable);
		}
		DefaultServerOAuth2AuthorizationRequestResolver pkce = new DefaultServerOAuth2AuthorizationRequestResolver(
				this.registrations);
		pkce.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
		OidcClientInitiatedServerLogoutSuccessHandler signedOut = new OidcClientInitiatedServerLogoutSuccessHandler(
				this.registrations);
		signedOut.setPostLogoutRedirectUri(this.properties.pageHome());
		return http
			.oauth2Login(login -> login.clientRegistrationRepository(this.registrations)
				.authorizedClientRepository(this.authorizedClients)
				.authorizationRequestResolver(pkce)
				.authenticationSuccessHandler(new ReturnAfterSignIn())
				.authenticationFailureHandler(new RedirectServerAuthenticationFailureHandler("/?signin=failed")))
			.oauth2Client(client -> client.clientRegistrationRepository(this.registrations)
				.authorizedClientRepository(this.authorizedClients))
			.logout(logout -> logout.logoutUrl("/logout")
				.logoutHandler(handlers -> handlers.add(new WebSessionServerLogoutHandler()))
				.logoutSuccessHandler(signedOut));
	}

}
