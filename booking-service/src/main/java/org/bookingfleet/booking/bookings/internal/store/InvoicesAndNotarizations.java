package org.bookingfleet.booking.bookings.internal.store;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.bookingfleet.booking.bookings.internal.store.BookingInvoices;
import org.bookingfleet.booking.bookings.internal.store.BookingNotarizations;
import org.bookingfleet.booking.bookings.internal.web.BookingView;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Bookings as the API shows them, with what other services told about them since: the
 * invoice once a payment issued it, and where a remote online notarization stands once
 * Proof made its transaction. One query per addition for a whole page of bookings.
 */
@Component
public class InvoicesAndNotarizations {

	private final BookingInvoices invoices;

	private final BookingNotarizations notarizations;

	public InvoicesAndNotarizations(BookingInvoices invoices, BookingNotarizations notarizations) {
		this.invoices = invoices;
		this.notarizations = notarizations;
	}

	public Mono<BookingView> of(BookingView view) {
		return of(List.of(view)).map(views -> views.get(0));
	}

	public Mono<List<BookingView>> of(List<BookingView> views) {
		return Mono.just(views)
			.flatMap(shown -> add(shown, this.invoices::numbersOf, BookingView::withInvoice))
			.flatMap(shown -> add(shown, this.notarizations::of, BookingView::withNotarization));
	}

	private static <T> Mono<List<BookingView>> add(List<BookingView> views,
			Function<Collection<UUID>, Mono<Map<UUID, T>>> lookup, BiFunction<BookingView, T, BookingView> with) {
		if (views.isEmpty()) {
			return Mono.just(views);
		}
		return lookup.apply(views.stream().map(BookingView::id).toList())
			.map(found -> views.stream()
				.map(view -> found.containsKey(view.id()) ? with.apply(view, found.get(view.id())) : view)
				.toList());
	}

}
