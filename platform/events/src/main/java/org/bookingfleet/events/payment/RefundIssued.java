package org.bookingfleet.events.payment;

import java.util.UUID;

import org.bookingfleet.events.EventContract;
import org.bookingfleet.events.Topics;

/**
 * Money went back on a payment. {@code creditNoteNumber} names the credit note issued
 * against the booking's invoice in the same transaction; null when the payment had no
 * invoice to credit. {@code paymentVersion} is the refunded payment's version after the
 * refund (0 in events of producers that sent none).
 */
@EventContract(type = "RefundIssued", topic = Topics.PAYMENT, key = "bookingId", aggregateVersion = "paymentVersion")
public record RefundIssued(UUID paymentId, UUID bookingId, String refundId, long amountCents, String currency,
		String creditNoteNumber, Long paymentVersion) {

	public RefundIssued {
		paymentVersion = (paymentVersion != null) ? paymentVersion : 0L;
	}

	/** A refund announced without the payment's version. */
	public RefundIssued(UUID paymentId, UUID bookingId, String refundId, long amountCents, String currency,
			String creditNoteNumber) {
		this(paymentId, bookingId, refundId, amountCents, currency, creditNoteNumber, 0L);
	}

	/** A refund announced without a credit note. */
	public RefundIssued(UUID paymentId, UUID bookingId, String refundId, long amountCents, String currency) {
		this(paymentId, bookingId, refundId, amountCents, currency, null, 0L);
	}

}
