package org.bookingfleet.payment.invoice;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What was sold for a booking, with its taxes, and how much of it this payment settled.
 */
public record Invoice(DocumentNumber number, UUID bookingId, UUID paymentId, String quoteId, Instant issuedAt,
		String currency, Party seller, Party buyer, List<InvoiceLine> lines, List<InvoiceLine> taxes, long paidCents) {

	public Invoice {
		lines = List.copyOf(lines);
		taxes = List.copyOf(taxes);
	}

	public long subtotalCents() {
		return lines.stream().mapToLong(InvoiceLine::amountCents).sum();
	}

	public long taxCents() {
		return taxes.stream().mapToLong(InvoiceLine::amountCents).sum();
	}

	public long totalCents() {
		return subtotalCents() + taxCents();
	}

	public long balanceDueCents() {
		return totalCents() - paidCents;
	}

}
