package org.bookingfleet.gateway.security.internal.signin;

import org.bookingfleet.gateway.SessionCookie;
import org.bookingfleet.platform.web.ApiException;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.ClientAuthorizationException;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.ReactiveOAuth2UserService;
import org.springframework.security.oauth2.client.web.DefaultReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.server.WebSessionServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.server.session.CookieWebSessionIdResolver;
import org.springframework.web.server.session.WebSessionIdResolver;

/**
 * What sign-in needs: the issuer's registration, the signed-in person's tokens in their
 * session (never in the browser), the manager that gives {@code TokenRelay} a fresh
 * access token (refreshed with the refresh token when it has expired), and the session
 * cookie's attributes.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SignInProperties.class)
class SignInConfiguration {

	@Bean
	ReactiveClientRegistrationRepository issuerRegistrations(SignInProperties signIn) {
		return new IssuerRegistrations(signIn, WebClient.create());
	}

	/** The tokens live in the session they were issued to. */
	@Bean
	ServerOAuth2AuthorizedClientRepository sessionTokens() {
		return new WebSessionServerOAuth2AuthorizedClientRepository();
	}

	@Bean
	ReactiveOAuth2UserService<OidcUserRequest, OidcUser> signedInPeople() {
		return new SignedInPeople();
	}

	/**
	 * For {@code TokenRelay}: the session's access token, refreshed when it has expired
	 * (or will within a minute); a refresh's new ID token replaces the sign-in's
	 * ({@link RefreshedSignIn}). A session whose tokens cannot be had any more (the
	 * refresh token expired or was revoked) answers 401, and the page signs in again.
	 */
	@Bean
	ReactiveOAuth2AuthorizedClientManager relayedTokens(ReactiveClientRegistrationRepository registrations,
			ServerOAuth2AuthorizedClientRepository sessionTokens,
			ReactiveOAuth2UserService<OidcUserRequest, OidcUser> signedInPeople) {
		DefaultReactiveOAuth2AuthorizedClientManager manager = new DefaultReactiveOAuth2AuthorizedClientManager(
				registrations, sessionTokens);
		manager.setAuthorizedClientProvider(ReactiveOAuth2AuthorizedClientProviderBuilder.builder()
			.authorizationCode()
			.refreshToken(
					refresh -> refresh.authorizationSuccessHandler(RefreshedSignIn.keepsTheNewIdToken(signedInPeople)))
			.build());
		return request -> manager.authorize(request)
			.onErrorMap(ClientAuthorizationException.class,
					ex -> ApiException.unauthenticated("your session has ended; sign in again"));
	}

	/**
	 * The session cookie {@code SESSION}: {@code HttpOnly}, {@code SameSite=Lax},
	 * {@code Secure} unless the page is served on localhost.
	 */
	@Bean
	WebSessionIdResolver webSessionIdResolver(SignInProperties signIn) {
		CookieWebSessionIdResolver cookies = new CookieWebSessionIdResolver();
		cookies.setCookieName(SessionCookie.NAME);
		boolean secure = signIn.secureCookies();
		cookies.addCookieInitializer(cookie -> cookie.httpOnly(true).sameSite("Lax").secure(secure).path("/"));
		return cookies;
	}

	@Bean
	SignIn signIn(SignInProperties properties, ReactiveClientRegistrationRepository registrations,
			ServerOAuth2AuthorizedClientRepository sessionTokens) {
		return new SignIn(properties, registrations, sessionTokens);
	}

	@Bean
	SessionCsrf.IssueToken issueCsrfToken() {
		return new SessionCsrf.IssueToken();
	}

}
