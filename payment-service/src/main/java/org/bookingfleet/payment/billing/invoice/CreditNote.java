package org.bookingfleet.payment.billing.invoice;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Money given back against an invoice, with the share of each tax it carries. */
public record CreditNote(DocumentNumber number, DocumentNumber invoiceNumber, UUID refundId, Instant issuedAt,
		String currency, Party seller, Party buyer, List<InvoiceLine> lines, List<InvoiceLine> taxes) {

	public CreditNote {
		lines = List.copyOf(lines);
		taxes = List.copyOf(taxes);
	}

	public long totalCents() {
		return lines.stream().mapToLong(InvoiceLine::amountCents).sum()
				+ taxes.stream().mapToLong(InvoiceLine::amountCents).sum();
	}

}
