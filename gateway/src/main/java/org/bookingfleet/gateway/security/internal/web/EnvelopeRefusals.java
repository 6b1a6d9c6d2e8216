package org.bookingfleet.gateway.security.internal.web;

import org.bookingfleet.platform.web.ApiException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Refusals leave the gateway in the fleet's error envelope: 401 {@code UNAUTHENTICATED},
 * 403 {@code FORBIDDEN}.
 */
final class EnvelopeRefusals implements ServerAuthenticationEntryPoint, ServerAccessDeniedHandler {

	@Override
	public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException failure) {
		exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
		return Mono.error(ApiException.unauthenticated(reason(failure)));
	}

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
		return Mono.error(ApiException.forbidden("your role may not do this"));
	}

	private static String reason(AuthenticationException failure) {
		if (failure instanceof InvalidBearerTokenException invalid) {
			String message = String.valueOf(invalid.getMessage());
			if (message.contains("expired")) {
				return "the token has expired; sign in again";
			}
			return "the token is not valid";
		}
		if (failure.getClass().getSimpleName().contains("Bearer")) {
			return "the Authorization header is not a valid Bearer token";
		}
		return "sign in first";
	}

}
