package org.bookingfleet.booking.bookings;

import java.util.List;

import org.bookingfleet.booking.invoices.BookingInvoices;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Bookings as the API shows them, with their invoice once a payment issued it. */
@Component
public class InvoicedViews {

	private final BookingInvoices invoices;

	public InvoicedViews(BookingInvoices invoices) {
		this.invoices = invoices;
	}

	public Mono<BookingView> of(BookingView view) {
		return invoices.numberOf(view.id()).map(view::withInvoice).defaultIfEmpty(view);
	}

	public Mono<List<BookingView>> of(List<BookingView> views) {
		return invoices.numbersOf(views.stream().map(BookingView::id).toList())
			.map(numbers -> views.stream()
				.map(view -> numbers.containsKey(view.id()) ? view.withInvoice(numbers.get(view.id())) : view)
				.toList());
	}

}
