package org.bookingfleet.gateway.security.internal.web;

import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.ReactiveAuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.server.authorization.AuthorizationContext;
import reactor.core.publisher.Mono;

/**
 * A guest manages one booking with the access token it got at creation
 * ({@code X-Booking-Token}), or follows a signed link of its messages ({@code ?link=}: an
 * invoice's PDF, the booking's manage page). Only the service that owns the booking or
 * the invoice can tell whether that token or link opens what is asked for, so the gateway
 * lets them through and the service decides; without either the caller must be signed in.
 */
final class BookingTokenOrSignedIn implements ReactiveAuthorizationManager<AuthorizationContext> {

	static final String BOOKING_TOKEN = "X-Booking-Token";

	static final String LINK = "link";

	@Override
	public Mono<AuthorizationResult> authorize(Mono<Authentication> authentication, AuthorizationContext context) {
		String bookingToken = context.getExchange().getRequest().getHeaders().getFirst(BOOKING_TOKEN);
		String link = context.getExchange().getRequest().getQueryParams().getFirst(LINK);
		if ((bookingToken != null && !bookingToken.isBlank()) || (link != null && !link.isBlank())) {
			return Mono.just(new AuthorizationDecision(true));
		}
		return authentication
			.<AuthorizationResult>map(signedIn -> new AuthorizationDecision(signedIn.isAuthenticated()))
			.defaultIfEmpty(new AuthorizationDecision(false));
	}

}
