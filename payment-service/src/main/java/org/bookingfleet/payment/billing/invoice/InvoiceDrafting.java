package org.bookingfleet.payment.billing.invoice;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.bookingfleet.payment.money.ProportionalSplit;

/**
 * Writes invoices from a quote's lines and taxes, and credit notes that give back part or
 * all of an invoice with each tax in proportion.
 */
public final class InvoiceDrafting {

	private InvoiceDrafting() {
	}

	public static Invoice invoice(DocumentNumber number, UUID bookingId, UUID paymentId, QuotedPrice price,
			Party seller, Party buyer, long paidCents, Instant issuedAt) {
		return invoice(number, bookingId, new PaymentRecord(paymentId, issuedAt, paidCents), price, seller, buyer, null,
				null, issuedAt);
	}

	/**
	 * The booking's one invoice, issued by its first payment: the quote's lines as they
	 * were priced (each surcharge its own line with its rule's label, the deposit line
	 * left out as it is no charge of its own), its taxes by name and rate, and that
	 * payment. A quote that shows its taxes as one figure without their name takes the
	 * name and rate of the service's tax when it is known ({@code tax}, such as "Texas
	 * sales tax 8.25%").
	 */
	public static Invoice invoice(DocumentNumber number, UUID bookingId, PaymentRecord first, QuotedPrice price,
			Party seller, Party buyer, Appointment appointment, String tax, Instant issuedAt) {
		requireKind(number, DocumentKind.INVOICE);
		List<InvoiceLine> lines = price.lines()
			.stream()
			.filter(line -> !line.isTax() && !line.isDeposit())
			.map(line -> new InvoiceLine(line.code(), line.label(), line.amountCents()))
			.toList();
		List<InvoiceLine> taxes = price.lines()
			.stream()
			.filter(QuotedPrice.Line::isTax)
			.map(line -> new InvoiceLine(line.code(), taxLabel(line, tax), line.amountCents()))
			.toList();
		if (taxes.isEmpty() && price.taxesCents() != 0) {
			taxes = List.of(new InvoiceLine("TAX", tax == null ? "Tax" : tax, price.taxesCents()));
		}
		Invoice invoice = new Invoice(number, bookingId, first.paymentId(), price.quoteId(), issuedAt, price.currency(),
				seller, buyer, appointment, lines, taxes, List.of(first));
		if (invoice.totalCents() != price.totalCents()) {
			throw new IllegalArgumentException("quote " + price.quoteId() + " lines add up to " + invoice.totalCents()
					+ " but its total is " + price.totalCents());
		}
		if (first.amountCents() <= 0 || first.amountCents() > invoice.totalCents()) {
			throw new IllegalArgumentException(
					"paid " + first.amountCents() + " of an invoice of " + invoice.totalCents());
		}
		return invoice;
	}

	/**
	 * The invoice with a later payment of the same booking recorded against it; recording
	 * a payment it already lists changes nothing.
	 */
	public static Invoice recordPayment(Invoice invoice, PaymentRecord payment) {
		if (invoice.records(payment.paymentId())) {
			return invoice;
		}
		if (payment.amountCents() <= 0) {
			throw new IllegalArgumentException("a payment brings money: " + payment.amountCents());
		}
		List<PaymentRecord> payments = new ArrayList<>(invoice.payments());
		payments.add(payment);
		return new Invoice(invoice.number(), invoice.bookingId(), invoice.paymentId(), invoice.quoteId(),
				invoice.issuedAt(), invoice.currency(), invoice.seller(), invoice.buyer(), invoice.appointment(),
				invoice.lines(), invoice.taxes(), payments);
	}

	/**
	 * The invoice with an amount charged after it was issued as its own line: a late
	 * reschedule's fee, a seat added, the price difference of a new time (below zero when
	 * the new time costs less; the refund of what was paid beyond it gets its own credit
	 * note). The payment that settles it is recorded against the same invoice. Nothing
	 * charged changes nothing.
	 */
	public static Invoice charge(Invoice invoice, InvoiceLine charged) {
		if (charged.amountCents() == 0) {
			return invoice;
		}
		List<InvoiceLine> lines = new ArrayList<>(invoice.lines());
		lines.add(charged);
		return new Invoice(invoice.number(), invoice.bookingId(), invoice.paymentId(), invoice.quoteId(),
				invoice.issuedAt(), invoice.currency(), invoice.seller(), invoice.buyer(), invoice.appointment(), lines,
				invoice.taxes(), invoice.payments());
	}

	/**
	 * The invoice naming the attendees the booking's confirmation told after its first
	 * payment had issued it; the same invoice when there are no names or it names them
	 * already.
	 */
	public static Invoice nameAttendees(Invoice invoice, List<String> names) {
		List<String> named = names == null ? List.of()
				: names.stream().filter(name -> name != null && !name.isBlank()).map(String::strip).toList();
		Appointment known = invoice.appointment();
		if (named.isEmpty() || (known != null && known.attendees().equals(named))) {
			return invoice;
		}
		Appointment appointment = known == null ? new Appointment(null, null, null, named.size(), named)
				: new Appointment(known.serviceName(), known.start(), known.timeZone(), named.size(), named);
		return new Invoice(invoice.number(), invoice.bookingId(), invoice.paymentId(), invoice.quoteId(),
				invoice.issuedAt(), invoice.currency(), invoice.seller(), invoice.buyer(), appointment, invoice.lines(),
				invoice.taxes(), invoice.payments());
	}

	/**
	 * A tax line keeps its own label, unless it is the figure without a name that quotes
	 * for one appointment gave ("Taxes").
	 */
	private static String taxLabel(QuotedPrice.Line line, String tax) {
		boolean nameless = line.label() == null || line.label().isBlank() || line.label().equalsIgnoreCase("Taxes")
				|| line.label().equalsIgnoreCase("Tax");
		return nameless && tax != null ? tax : line.label();
	}

	public static CreditNote creditNote(DocumentNumber number, Invoice invoice, UUID refundId, long refundCents,
			Instant issuedAt) {
		requireKind(number, DocumentKind.CREDIT_NOTE);
		if (!number.series().equals(invoice.number().series())) {
			throw new IllegalArgumentException(number + " is not in the series of " + invoice.number());
		}
		if (refundCents <= 0 || refundCents > invoice.paidCents()) {
			throw new IllegalArgumentException(
					"a credit note gives back between 1 and " + invoice.paidCents() + ", not " + refundCents);
		}
		List<Long> weights = new ArrayList<>();
		weights.add(invoice.subtotalCents());
		invoice.taxes().forEach(tax -> weights.add(tax.amountCents()));
		List<Long> shares = ProportionalSplit.of(refundCents, weights);
		List<InvoiceLine> lines = List
			.of(new InvoiceLine("REFUND", "Refund against invoice " + invoice.number(), shares.get(0)));
		List<InvoiceLine> taxes = new ArrayList<>();
		for (int i = 0; i < invoice.taxes().size(); i++) {
			InvoiceLine tax = invoice.taxes().get(i);
			taxes.add(new InvoiceLine(tax.code(), tax.label(), shares.get(i + 1)));
		}
		return new CreditNote(number, invoice.number(), refundId, issuedAt, invoice.currency(), invoice.seller(),
				invoice.buyer(), lines, taxes);
	}

	private static void requireKind(DocumentNumber number, DocumentKind kind) {
		if (number.kind() != kind) {
			throw new IllegalArgumentException(number + " is not numbered as " + kind);
		}
	}

}
