package org.bookingfleet.gateway.security.internal.signin;

import org.bookingfleet.gateway.SessionCookie;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.server.context.ServerSecurityContextRepository;
import org.springframework.security.web.server.context.WebSessionServerSecurityContextRepository;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Who signed in lives in the session, and a request without the session cookie has no
 * session to read: it is not looked up. Looking it up made a new session for every such
 * request (every API call of a guest, a partner or a bearer token), whose id Spring
 * Session draws from {@code SecureRandom} on another thread and hands back on a third, so
 * the rest of the request ran off its event loop (gateway/README.md, "Performance").
 * Saving is unchanged: a sign-in makes its session.
 */
final class SignedInSession implements ServerSecurityContextRepository {

	private final WebSessionServerSecurityContextRepository sessions = new WebSessionServerSecurityContextRepository();

	@Override
	public Mono<Void> save(ServerWebExchange exchange, SecurityContext context) {
		return this.sessions.save(exchange, context);
	}

	@Override
	public Mono<SecurityContext> load(ServerWebExchange exchange) {
		if (!SessionCookie.isSentWith(exchange.getRequest())) {
			return Mono.empty();
		}
		return this.sessions.load(exchange);
	}

}
