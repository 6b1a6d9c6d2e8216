package org.bookingfleet.gateway.security.internal.signin;

import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizationSuccessHandler;
import org.springframework.security.oauth2.client.RefreshOidcUserReactiveOAuth2AuthorizationSuccessHandler;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.userinfo.ReactiveOAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.server.context.ServerSecurityContextRepository;
import org.springframework.security.web.server.context.WebSessionServerSecurityContextRepository;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * A refresh's new ID token replaces the sign-in's in the session, because the issuer
 * replaces it too: Spring Authorization Server signs a person out only with the
 * authorization's current ID token as {@code id_token_hint}, so sign-out after a refresh
 * needs the refreshed one. The new token is checked as OpenID Connect asks (same issuer,
 * subject and audience, no other nonce), the person keeps their roles (read again from it
 * by {@link SignedInPeople}), and the session keeps its id: a refresh does not change who
 * is signed in, and the page's other calls still carry the cookie it had.
 */
final class RefreshedSignIn {

	private RefreshedSignIn() {
	}

	static ReactiveOAuth2AuthorizationSuccessHandler keepsTheNewIdToken(
			ReactiveOAuth2UserService<OidcUserRequest, OidcUser> people) {
		RefreshOidcUserReactiveOAuth2AuthorizationSuccessHandler refreshed = new RefreshOidcUserReactiveOAuth2AuthorizationSuccessHandler();
		refreshed.setUserService(people);
		refreshed.setServerSecurityContextRepository(new SameSession());
		return refreshed;
	}

	/**
	 * Where the security context lives, as for the sign-in, without the new session id a
	 * sign-in gets.
	 */
	static final class SameSession implements ServerSecurityContextRepository {

		private final WebSessionServerSecurityContextRepository sessions = new WebSessionServerSecurityContextRepository();

		@Override
		public Mono<Void> save(ServerWebExchange exchange, SecurityContext context) {
			return exchange.getSession()
				.doOnNext(session -> session.getAttributes()
					.put(WebSessionServerSecurityContextRepository.DEFAULT_SPRING_SECURITY_CONTEXT_ATTR_NAME, context))
				.then();
		}

		@Override
		public Mono<SecurityContext> load(ServerWebExchange exchange) {
			return this.sessions.load(exchange);
		}

	}

}
