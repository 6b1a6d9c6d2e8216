package org.bookingfleet.payment.invoice.app;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.bookingfleet.payment.invoice.CreditNote;
import org.bookingfleet.payment.invoice.DocumentKind;
import org.bookingfleet.payment.invoice.DocumentNumber;
import org.bookingfleet.payment.invoice.Invoice;
import org.bookingfleet.payment.invoice.InvoiceLine;
import org.bookingfleet.payment.invoice.Party;

/**
 * An invoice or credit note as stored and as served: numbers as text, totals spelled out.
 */
public record InvoiceDocument(String number, DocumentKind kind, String invoiceNumber, UUID bookingId, UUID paymentId,
		String quoteId, Instant issuedAt, String currency, Party seller, Party buyer, List<InvoiceLine> lines,
		List<InvoiceLine> taxes, long subtotalCents, long taxCents, long totalCents, long paidCents,
		long balanceDueCents) {

	public static InvoiceDocument of(Invoice invoice) {
		return new InvoiceDocument(invoice.number().toString(), DocumentKind.INVOICE, null, invoice.bookingId(),
				invoice.paymentId(), invoice.quoteId(), invoice.issuedAt(), invoice.currency(), invoice.seller(),
				invoice.buyer(), invoice.lines(), invoice.taxes(), invoice.subtotalCents(), invoice.taxCents(),
				invoice.totalCents(), invoice.paidCents(), invoice.balanceDueCents());
	}

	public static InvoiceDocument of(CreditNote note, UUID bookingId, UUID paymentId) {
		long lines = note.lines().stream().mapToLong(InvoiceLine::amountCents).sum();
		return new InvoiceDocument(note.number().toString(), DocumentKind.CREDIT_NOTE, note.invoiceNumber().toString(),
				bookingId, paymentId, null, note.issuedAt(), note.currency(), note.seller(), note.buyer(), note.lines(),
				note.taxes(), lines, note.totalCents() - lines, note.totalCents(), 0, 0);
	}

	public Invoice asInvoice() {
		return new Invoice(DocumentNumber.parse(number).orElseThrow(), bookingId, paymentId, quoteId, issuedAt,
				currency, seller, buyer, lines, taxes, paidCents);
	}

}
