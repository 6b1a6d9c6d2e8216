package org.bookingfleet.payment.billing.invoice;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What was sold for a booking, with its taxes, and the payments recorded against it: one
 * invoice per booking, issued by its first payment ({@code paymentId}); each later
 * payment (the balance after a deposit) is recorded on it, never invoiced again.
 * {@code appointment} is null when the booking told nothing of it.
 */
public record Invoice(DocumentNumber number, UUID bookingId, UUID paymentId, String quoteId, Instant issuedAt,
		String currency, Party seller, Party buyer, Appointment appointment, List<InvoiceLine> lines,
		List<InvoiceLine> taxes, List<PaymentRecord> payments) {

	public Invoice {
		lines = List.copyOf(lines);
		taxes = List.copyOf(taxes);
		payments = List.copyOf(payments);
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

	public long paidCents() {
		return payments.stream().mapToLong(PaymentRecord::amountCents).sum();
	}

	public long balanceDueCents() {
		return totalCents() - paidCents();
	}

	public boolean records(UUID payment) {
		return payments.stream().anyMatch(recorded -> recorded.paymentId().equals(payment));
	}

}
