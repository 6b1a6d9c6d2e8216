package org.bookingfleet.payment.billing.internal.store;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.bookingfleet.payment.billing.invoice.Appointment;
import org.bookingfleet.payment.billing.invoice.CreditNote;
import org.bookingfleet.payment.billing.invoice.DocumentKind;
import org.bookingfleet.payment.billing.invoice.DocumentNumber;
import org.bookingfleet.payment.billing.invoice.Invoice;
import org.bookingfleet.payment.billing.invoice.InvoiceLine;
import org.bookingfleet.payment.billing.invoice.Party;
import org.bookingfleet.payment.billing.invoice.PaymentRecord;

/**
 * An invoice or credit note as stored and as served: numbers as text, totals spelled out.
 * An invoice lists the payments recorded against it; {@code timeZone} is the issuing
 * business's, whose calendar year numbers its documents. Documents stored before these
 * fields existed read them as null.
 */
public record InvoiceDocument(String number, DocumentKind kind, String invoiceNumber, UUID bookingId, UUID paymentId,
		String quoteId, Instant issuedAt, String currency, Party seller, Party buyer, List<InvoiceLine> lines,
		List<InvoiceLine> taxes, long subtotalCents, long taxCents, long totalCents, long paidCents,
		long balanceDueCents, Appointment appointment, List<PaymentRecord> payments, String timeZone) {

	public static InvoiceDocument of(Invoice invoice, String timeZone) {
		return new InvoiceDocument(invoice.number().toString(), DocumentKind.INVOICE, null, invoice.bookingId(),
				invoice.paymentId(), invoice.quoteId(), invoice.issuedAt(), invoice.currency(), invoice.seller(),
				invoice.buyer(), invoice.lines(), invoice.taxes(), invoice.subtotalCents(), invoice.taxCents(),
				invoice.totalCents(), invoice.paidCents(), invoice.balanceDueCents(), invoice.appointment(),
				invoice.payments(), timeZone);
	}

	public static InvoiceDocument of(CreditNote note, UUID bookingId, UUID paymentId, String timeZone) {
		long lines = note.lines().stream().mapToLong(InvoiceLine::amountCents).sum();
		return new InvoiceDocument(note.number().toString(), DocumentKind.CREDIT_NOTE, note.invoiceNumber().toString(),
				bookingId, paymentId, null, note.issuedAt(), note.currency(), note.seller(), note.buyer(), note.lines(),
				note.taxes(), lines, note.totalCents() - lines, note.totalCents(), 0, 0, null, List.of(), timeZone);
	}

	/**
	 * The invoice; one stored before payments were listed counts its paid amount as its
	 * first payment's.
	 */
	public Invoice asInvoice() {
		List<PaymentRecord> recorded = payments != null && !payments.isEmpty() ? payments
				: List.of(new PaymentRecord(paymentId, issuedAt, paidCents));
		return new Invoice(DocumentNumber.parse(number).orElseThrow(), bookingId, paymentId, quoteId, issuedAt,
				currency, seller, buyer, appointment, lines, taxes, recorded);
	}

	public String pdfPath() {
		return "/api/v2/invoices/" + number + ".pdf";
	}

}
