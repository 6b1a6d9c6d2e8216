package org.bookingfleet.booking.bookings.internal.store;

import java.time.Instant;
import java.util.UUID;

import org.bookingfleet.booking.analytics.BookingAnalytics;
import org.bookingfleet.booking.audit.AuditEntry;
import org.bookingfleet.booking.bookings.Booking;
import org.bookingfleet.booking.bookings.BookingFilter;
import org.bookingfleet.booking.bookings.SeriesView;
import org.bookingfleet.booking.bookings.internal.messaging.LiveStatusFeed;
import org.bookingfleet.booking.bookings.internal.store.AuditTrail;
import org.bookingfleet.booking.bookings.internal.web.BookingView;
import org.bookingfleet.booking.bookings.internal.web.Requester;
import org.bookingfleet.booking.lifecycle.BookingStatus;
import org.bookingfleet.booking.lifecycle.Relation;
import org.bookingfleet.platform.web.ApiException;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads, each scoped to what the caller may see: a booking it has no relation to does not
 * exist for it.
 */
@Component
public class BookingQueries {

	public static final int MAX_PAGE_SIZE = 100;

	private static final int TOP_SERVICES = 10;

	private final Bookings bookings;

	private final AuditTrail audit;

	private final SeriesStore series;

	public BookingQueries(Bookings bookings, AuditTrail audit, SeriesStore series) {
		this.bookings = bookings;
		this.audit = audit;
		this.series = series;
	}

	public Mono<Booking> visible(UUID id, Requester requester) {
		return bookings.find(id)
			.filter(booking -> requester.relationTo(booking) != Relation.STRANGER)
			.switchIfEmpty(Mono.error(() -> ApiException.notFound("booking")));
	}

	public Mono<SeriesView> series(UUID seriesId, Requester requester) {
		return this.series.members(seriesId)
			.collectList()
			.filter(members -> !members.isEmpty() && requester.relationTo(members.get(0)) != Relation.STRANGER)
			.switchIfEmpty(Mono.error(() -> ApiException.notFound("series")))
			.flatMap(members -> this.series.onConflict(seriesId)
				.map(onConflict -> SeriesView.of(seriesId, onConflict, members)));
	}

	/** Admins see any provider's figures or all; a provider sees its own. */
	public Mono<BookingAnalytics> analytics(Requester requester, Long providerId, Instant from, Instant to) {
		if (!to.isAfter(from)) {
			return Mono.error(ApiException.validation("to", "must be after from"));
		}
		Long scope;
		if (requester.isAdmin()) {
			scope = providerId;
		}
		else if (requester.isProvider() && (providerId == null || providerId.equals(requester.jwt().providerId()))) {
			scope = requester.jwt().providerId();
		}
		else {
			return Mono.error(ApiException.forbidden("analytics are for providers and admins"));
		}
		return bookings.facts(scope, from, to)
			.collectList()
			.map(facts -> BookingAnalytics.of(facts, from, to, TOP_SERVICES));
	}

	/**
	 * The booking's status now, then each time it changes, for as long as the client
	 * listens.
	 */
	public Flux<BookingView> statusStream(UUID id, Requester requester, LiveStatusFeed changes, JsonMapper json) {
		return visible(id, requester)
			.flatMapMany(first -> changes.of(id).startWith(id).concatMap(changed -> bookings.find(id)))
			.map(booking -> BookingView.of(booking, null, json))
			.distinctUntilChanged(view -> view.status() + view.updatedAt());
	}

	public Flux<AuditEntry> audit(UUID id, Requester requester) {
		if (!requester.isAdmin()) {
			return Flux.error(ApiException.forbidden("the audit trail is for admins"));
		}
		return bookings.find(id)
			.switchIfEmpty(Mono.error(() -> ApiException.notFound("booking")))
			.thenMany(audit.of(id));
	}

	public Flux<Booking> list(Requester requester, BookingStatus status, Long providerId, Instant from, Instant to,
			int page, int size) {
		if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
			return Flux.error(ApiException.validation("size", "page from 0, size from 1 to " + MAX_PAGE_SIZE));
		}
		if (requester.isAdmin()) {
			return bookings.list(new BookingFilter(null, providerId, status, from, to, page, size));
		}
		if (requester.isProvider()) {
			return bookings.list(new BookingFilter(null, requester.jwt().providerId(), status, from, to, page, size));
		}
		if (requester.customerId() != null) {
			return bookings.list(new BookingFilter(requester.customerId(), providerId, status, from, to, page, size));
		}
		return Flux.error(ApiException.unauthenticated("sign in to list bookings"));
	}

}
