package org.bookingfleet.events.payment;

import java.util.UUID;

import org.bookingfleet.events.EventContract;
import org.bookingfleet.events.Topics;

/**
 * Money went back on a payment. {@code creditNoteNumber} names the credit note issued
 * against the booking's invoice in the same transaction; null when the payment had no
 * invoice to credit.
 */
@EventContract(type = "RefundIssued", topic = Topics.PAYMENT, key = "bookingId")
public record RefundIssued(UUID paymentId, UUID bookingId, String refundId, long amountCents, String currency,
		String creditNoteNumber) {

	/** A refund announced without a credit note. */
	public RefundIssued(UUID paymentId, UUID bookingId, String refundId, long amountCents, String currency) {
		this(paymentId, bookingId, refundId, amountCents, currency, null);
	}

}
