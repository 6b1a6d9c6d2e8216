package org.bookingfleet.platform.security;

import org.bookingfleet.platform.web.ApiException;
import org.springframework.http.HttpHeaders;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Reads the caller of a request: anonymous without a token, 401 {@code UNAUTHENTICATED}
 * with a bad one.
 */
public class Callers {

	private final TokenVerifier tokens;

	public Callers(TokenVerifier tokens) {
		this.tokens = tokens;
	}

	public Mono<Caller> of(ServerWebExchange exchange) {
		return resolve(exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION));
	}

	public Mono<Caller> resolve(String authorization) {
		if (authorization == null || authorization.isBlank()) {
			return Mono.just(Caller.anonymous());
		}
		if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
			return Mono.error(ApiException.unauthenticated("use a Bearer token"));
		}
		return this.tokens.callerOf(authorization.substring(7).trim())
			.onErrorMap(JwtTokens.InvalidToken.class, ex -> ApiException.unauthenticated(ex.getMessage()));
	}

	/** The caller, who must have signed in. */
	public Mono<Caller> signedIn(ServerWebExchange exchange) {
		return of(exchange).filter(caller -> !caller.isAnonymous())
			.switchIfEmpty(Mono.error(() -> ApiException.unauthenticated("sign in first")));
	}

}
