package org.bookingfleet.booking.bookings;

import java.time.Instant;
import java.util.UUID;
import org.bookingfleet.booking.analytics.BookingAnalytics;
import org.bookingfleet.booking.audit.AuditEntry;
import org.bookingfleet.booking.audit.AuditTrail;
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

	private final Series series;

	public BookingQueries(Bookings bookings, AuditTrail audit, Series series) {
		this.bookings = bookings;
		this.audit = audit;
		this.series = series;
	}

	public Mono<Booking> visible(UUID id, Viewer viewer) {
		return bookings.find(id)
			.filter(booking -> viewer.relationTo(booking) != Relation.STRANGER)
			.switchIfEmpty(Mono.error(() -> ApiException.notFound("booking")));
	}

	public Mono<SeriesView> series(UUID seriesId, Viewer viewer) {
		return this.series.members(seriesId)
			.collectList()
			.filter(members -> !members.isEmpty() && viewer.relationTo(members.get(0)) != Relation.STRANGER)
			.switchIfEmpty(Mono.error(() -> ApiException.notFound("series")))
			.flatMap(members -> this.series.onConflict(seriesId)
				.map(onConflict -> SeriesView.of(seriesId, onConflict, members)));
	}

	/** Admins see any provider's figures or all; a provider sees its own. */
	public Mono<BookingAnalytics> analytics(Viewer viewer, Long providerId, Instant from, Instant to) {
		if (!to.isAfter(from)) {
			return Mono.error(ApiException.validation("to", "must be after from"));
		}
		Long scope;
		if (viewer.isAdmin()) {
			scope = providerId;
		}
		else if (viewer.isProvider() && (providerId == null || providerId.equals(viewer.jwt().providerId()))) {
			scope = viewer.jwt().providerId();
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
	public Flux<BookingView> statusStream(UUID id, Viewer viewer, StatusChanges changes, JsonMapper json) {
		return visible(id, viewer)
			.flatMapMany(first -> changes.of(id).startWith(id).concatMap(changed -> bookings.find(id)))
			.map(booking -> BookingView.of(booking, null, json))
			.distinctUntilChanged(view -> view.status() + view.updatedAt());
	}

	public Flux<AuditEntry> audit(UUID id, Viewer viewer) {
		if (!viewer.isAdmin()) {
			return Flux.error(ApiException.forbidden("the audit trail is for admins"));
		}
		return bookings.find(id)
			.switchIfEmpty(Mono.error(() -> ApiException.notFound("booking")))
			.thenMany(audit.of(id));
	}

	public Flux<Booking> list(Viewer viewer, BookingStatus status, Long providerId, Instant from, Instant to, int page,
			int size) {
		if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
			return Flux.error(ApiException.validation("size", "page from 0, size from 1 to " + MAX_PAGE_SIZE));
		}
		if (viewer.isAdmin()) {
			return bookings.list(new BookingFilter(null, providerId, status, from, to, page, size));
		}
		if (viewer.isProvider()) {
			return bookings.list(new BookingFilter(null, viewer.jwt().providerId(), status, from, to, page, size));
		}
		if (viewer.customerId() != null) {
			return bookings.list(new BookingFilter(viewer.customerId(), providerId, status, from, to, page, size));
		}
		return Flux.error(ApiException.unauthenticated("sign in to list bookings"));
	}

}
