package org.bookingfleet.gateway.security;

import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.ReactiveAuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.server.authorization.AuthorizationContext;
import reactor.core.publisher.Mono;

/**
 * A guest manages one booking with the access token it got at creation
 * ({@code X-Booking-Token}). Only the booking service can tell whether that token belongs
 * to the booking asked for, so the gateway lets it through and the service decides;
 * without it the caller must be signed in.
 */
final class BookingTokenOrSignedIn implements ReactiveAuthorizationManager<AuthorizationContext> {

	static final String BOOKING_TOKEN = "X-Booking-Token";

	@Override
	public Mono<AuthorizationResult> authorize(Mono<Authentication> authentication, AuthorizationContext context) {
		String bookingToken = context.getExchange().getRequest().getHeaders().getFirst(BOOKING_TOKEN);
		if (bookingToken != null && !bookingToken.isBlank()) {
			return Mono.just(new AuthorizationDecision(true));
		}
		return authentication
			.<AuthorizationResult>map(signedIn -> new AuthorizationDecision(signedIn.isAuthenticated()))
			.defaultIfEmpty(new AuthorizationDecision(false));
	}

}
