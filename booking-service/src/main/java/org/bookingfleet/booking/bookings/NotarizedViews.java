package org.bookingfleet.booking.bookings;

import java.util.List;

import org.bookingfleet.booking.notarization.BookingNotarizations;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Bookings as the API shows them, with where their remote online notarization stands once
 * Proof made its transaction.
 */
@Component
public class NotarizedViews {

	private final BookingNotarizations notarizations;

	public NotarizedViews(BookingNotarizations notarizations) {
		this.notarizations = notarizations;
	}

	public Mono<BookingView> of(BookingView view) {
		return notarizations.shown(view.id()).map(view::withNotarization).defaultIfEmpty(view);
	}

	public Mono<List<BookingView>> of(List<BookingView> views) {
		return notarizations.of(views.stream().map(BookingView::id).toList())
			.map(shown -> views.stream()
				.map(view -> shown.containsKey(view.id()) ? view.withNotarization(shown.get(view.id())) : view)
				.toList());
	}

}
