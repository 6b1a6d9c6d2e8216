package org.bookingfleet.payment.billing.internal.web;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.bookingfleet.platform.tokens.LinkKeys;
import org.bookingfleet.platform.tokens.LinkPurpose;
import org.bookingfleet.platform.tokens.LinkTokens;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * The links of customers' messages as the payment service opens them: an invoice link
 * ({@code ?link=}) opens one invoice or credit note; a manage link (as {@code ?link=} or
 * in {@code X-Booking-Token}, where the manage page sends it) opens one booking's
 * payments and documents, as the booking's access token does.
 */
@Component
public class GuestLinks {

	public static final String LINK = "link";

	public static final String BOOKING_TOKEN = "X-Booking-Token";

	private final LinkTokens links;

	private final Clock clock;

	GuestLinks(Environment environment, Clock clock) {
		this.links = LinkKeys.from(environment);
		this.clock = clock;
	}

	/** The link of the request's query, if any. */
	public static String link(ServerWebExchange exchange) {
		return exchange.getRequest().getQueryParams().getFirst(LINK);
	}

	/** The guest's booking token header, if any. */
	public static String bookingToken(ServerWebExchange exchange) {
		return exchange.getRequest().getHeaders().getFirst(BOOKING_TOKEN);
	}

	/** Whether the request's link opens this invoice or credit note. */
	public boolean opensDocument(ServerWebExchange exchange, String number) {
		return links.opens(link(exchange), LinkPurpose.INVOICE, number, clock.instant());
	}

	/**
	 * The booking a valid manage link of the request opens (its query's link first, then
	 * its booking token header), or null.
	 */
	public UUID linkedBooking(ServerWebExchange exchange) {
		return managed(link(exchange)).or(() -> managed(bookingToken(exchange))).orElse(null);
	}

	private Optional<UUID> managed(String token) {
		return links.subject(token, LinkPurpose.MANAGE, clock.instant()).flatMap(subject -> {
			try {
				return Optional.of(UUID.fromString(subject));
			}
			catch (IllegalArgumentException notABooking) {
				return Optional.empty();
			}
		});
	}

}
