package org.bookingfleet.booking.bookings.internal.web;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.bookingfleet.booking.audit.Origin;
import org.bookingfleet.booking.bookings.Booking;
import org.bookingfleet.platform.security.Caller;
import org.bookingfleet.platform.security.Callers;
import org.bookingfleet.platform.security.Role;
import org.bookingfleet.platform.tokens.LinkKeys;
import org.bookingfleet.platform.tokens.LinkPurpose;
import org.bookingfleet.platform.tokens.LinkTokens;
import org.bookingfleet.platform.web.ClientAddresses;
import org.bookingfleet.platform.web.RequestIds;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

@Component
public class Requesters {

	public static final String BOOKING_TOKEN = "X-Booking-Token";

	/** A manage link of the customer's messages, as the query parameter of a request. */
	public static final String LINK = "link";

	private final Callers callers;

	private final LinkTokens links;

	private final Clock clock;

	public Requesters(Callers callers, Environment environment, Clock clock) {
		this.callers = callers;
		this.links = LinkKeys.from(environment);
		this.clock = clock;
	}

	public Mono<Requester> of(ServerWebExchange exchange) {
		String token = exchange.getRequest().getHeaders().getFirst(BOOKING_TOKEN);
		UUID linked = managed(exchange.getRequest().getQueryParams().getFirst(LINK)).or(() -> managed(token))
			.orElse(null);
		return callers.of(exchange).map(caller -> new Requester(caller, token, linked, origin(exchange, caller)));
	}

	/**
	 * The booking a manage link opens now (sent as {@code ?link=}, or in the booking
	 * token header, where the manage page sends what it was opened with).
	 */
	private Optional<UUID> managed(String link) {
		return links.subject(link, LinkPurpose.MANAGE, clock.instant()).flatMap(subject -> {
			try {
				return Optional.of(UUID.fromString(subject));
			}
			catch (IllegalArgumentException notABooking) {
				return Optional.empty();
			}
		});
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
