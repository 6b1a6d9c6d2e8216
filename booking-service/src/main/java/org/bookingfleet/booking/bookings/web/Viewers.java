package org.bookingfleet.booking.bookings.web;

import org.bookingfleet.booking.audit.Origin;
import org.bookingfleet.booking.bookings.Viewer;
import org.bookingfleet.platform.security.Caller;
import org.bookingfleet.platform.security.Callers;
import org.bookingfleet.platform.security.Role;
import org.bookingfleet.platform.web.ClientAddresses;
import org.bookingfleet.platform.web.RequestIds;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

@Component
public class Viewers {

	public static final String BOOKING_TOKEN = "X-Booking-Token";

	private final Callers callers;

	public Viewers(Callers callers) {
		this.callers = callers;
	}

	public Mono<Viewer> of(ServerWebExchange exchange) {
		return callers.of(exchange)
			.map(caller -> new Viewer(caller, exchange.getRequest().getHeaders().getFirst(BOOKING_TOKEN),
					origin(exchange, caller)));
	}

	private static Origin origin(ServerWebExchange exchange, Caller caller) {
		String ip = ClientAddresses.of(exchange);
		String actorType = caller.isAdmin() ? "ADMIN"
				: caller.has(Role.PROVIDER) ? "PROVIDER" : caller.isAnonymous() ? "GUEST" : "CUSTOMER";
		String actorId = caller.has(Role.PROVIDER) && !caller.isAdmin() && caller.providerId() != null
				? String.valueOf(caller.providerId()) : caller.subject();
		return new Origin(actorType, actorId, ip, exchange.getRequest().getHeaders().getFirst(HttpHeaders.USER_AGENT),
				RequestIds.of(exchange));
	}

}
