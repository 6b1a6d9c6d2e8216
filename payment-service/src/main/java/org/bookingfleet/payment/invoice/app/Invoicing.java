package org.bookingfleet.payment.invoice.app;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import reactor.core.publisher.Mono;

import org.bookingfleet.events.payment.InvoiceIssued;
import org.bookingfleet.payment.intent.Payment;
import org.bookingfleet.payment.intent.app.DueBooking;
import org.bookingfleet.payment.intent.app.DueBookings;
import org.bookingfleet.payment.invoice.CreditNote;
import org.bookingfleet.payment.invoice.DocumentKind;
import org.bookingfleet.payment.invoice.DocumentNumber;
import org.bookingfleet.payment.invoice.DocumentSeries;
import org.bookingfleet.payment.invoice.Invoice;
import org.bookingfleet.payment.invoice.InvoiceDrafting;
import org.bookingfleet.payment.invoice.Party;
import org.bookingfleet.payment.invoice.QuotedPrice;
import org.bookingfleet.platform.outbox.Outbox;
import org.springframework.stereotype.Service;

/**
 * Issues the invoice of a successful payment and the credit note of a refund, inside the
 * caller's transaction, each numbered from its locked series and announced through the
 * outbox.
 */
@Service
public class Invoicing {

	private final Invoices invoices;

	private final DocumentCounter counter;

	private final DueBookings dueBookings;

	private final Outbox outbox;

	private final Seller seller;

	private final Clock clock;

	public Invoicing(Invoices invoices, DocumentCounter counter, DueBookings dueBookings, Outbox outbox, Seller seller,
			Clock clock) {
		this.invoices = invoices;
		this.counter = counter;
		this.dueBookings = dueBookings;
		this.outbox = outbox;
		this.seller = seller;
		this.clock = clock;
	}

	public Mono<InvoiceDocument> invoicePayment(Payment paid, long version) {
		return invoices.invoiceOfPayment(paid.id())
			.switchIfEmpty(Mono.defer(() -> dueBookings.byId(paid.bookingId())
				.map(Optional::of)
				.defaultIfEmpty(Optional.empty())
				.flatMap(due -> issue(paid, due, version))));
	}

	public Mono<InvoiceDocument> creditRefund(Payment payment, String refundRef, long amountCents, long version) {
		return invoices.hasCreditNote(payment.id(), refundRef)
			.flatMap(issued -> issued ? Mono.empty() : invoices.invoiceOfPayment(payment.id()).flatMap(invoice -> {
				Instant now = clock.instant();
				long creditable = Math.min(amountCents, invoice.paidCents());
				return counter.next(DocumentKind.CREDIT_NOTE, DocumentSeries.yearOf(now, seller.zone()))
					.map(number -> InvoiceDrafting.creditNote(number, invoice.asInvoice(), null, creditable, now))
					.flatMap((CreditNote note) -> invoices
						.insert(InvoiceDocument.of(note, payment.bookingId(), payment.id()), refundRef));
			}));
	}

	private Mono<InvoiceDocument> issue(Payment paid, Optional<DueBooking> due, long version) {
		Instant now = clock.instant();
		return counter.next(DocumentKind.INVOICE, DocumentSeries.yearOf(now, seller.zone()))
			.map(number -> InvoiceDocument.of(draft(number, paid, due, now)))
			.flatMap(document -> invoices.insert(document, null))
			.flatMap(document -> outbox
				.append(new InvoiceIssued(document.number(), paid.bookingId(), paid.id(), document.totalCents(),
						document.currency()), paid.bookingId().toString(), version)
				.thenReturn(document));
	}

	/**
	 * Drafts from the booking's quote. A payment the service has no usable quote for (an
	 * intent made outside the fleet, a quote whose lines do not add up) is still
	 * invoiced, as one line for what was paid.
	 */
	private Invoice draft(DocumentNumber number, Payment paid, Optional<DueBooking> due, Instant now) {
		Party buyer = due
			.map(d -> new Party(d.customerName() == null ? "Customer" : d.customerName(), d.customerEmail(), List.of(),
					null))
			.orElse(new Party("Customer", null, List.of(), null));
		if (due.isPresent()) {
			try {
				return InvoiceDrafting.invoice(number, paid.bookingId(), paid.id(), due.get().price(), seller.party(),
						buyer, paid.capturedCents(), now);
			}
			catch (IllegalArgumentException unusableQuote) {
				// falls through to the single line below
			}
		}
		QuotedPrice paidOnly = new QuotedPrice(null, paid.amount().currencyCode(), paid.capturedCents(), 0, 0,
				List.of(new QuotedPrice.Line("BOOKING", "Booking " + paid.bookingId(), paid.capturedCents(), null)));
		return InvoiceDrafting.invoice(number, paid.bookingId(), paid.id(), paidOnly, seller.party(), buyer,
				paid.capturedCents(), now);
	}

}
