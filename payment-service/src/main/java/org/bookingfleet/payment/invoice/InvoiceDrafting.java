package org.bookingfleet.payment.invoice;

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
		requireKind(number, DocumentKind.INVOICE);
		List<InvoiceLine> lines = price.lines()
			.stream()
			.filter(line -> !line.isTax() && !line.isDeposit())
			.map(line -> new InvoiceLine(line.code(), line.label(), line.amountCents()))
			.toList();
		List<InvoiceLine> taxes = price.lines()
			.stream()
			.filter(QuotedPrice.Line::isTax)
			.map(line -> new InvoiceLine(line.code(), line.label(), line.amountCents()))
			.toList();
		if (taxes.isEmpty() && price.taxesCents() != 0) {
			taxes = List.of(new InvoiceLine("TAX", "Tax", price.taxesCents()));
		}
		Invoice invoice = new Invoice(number, bookingId, paymentId, price.quoteId(), issuedAt, price.currency(), seller,
				buyer, lines, taxes, paidCents);
		if (invoice.totalCents() != price.totalCents()) {
			throw new IllegalArgumentException("quote " + price.quoteId() + " lines add up to " + invoice.totalCents()
					+ " but its total is " + price.totalCents());
		}
		if (paidCents <= 0 || paidCents > invoice.totalCents()) {
			throw new IllegalArgumentException("paid " + paidCents + " of an invoice of " + invoice.totalCents());
		}
		return invoice;
	}

	public static CreditNote creditNote(DocumentNumber number, Invoice invoice, UUID refundId, long refundCents,
			Instant issuedAt) {
		requireKind(number, DocumentKind.CREDIT_NOTE);
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
