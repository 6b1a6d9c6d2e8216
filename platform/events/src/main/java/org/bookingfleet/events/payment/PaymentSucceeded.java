package org.bookingfleet.events.payment;

import java.util.UUID;

import org.bookingfleet.events.EventContract;
import org.bookingfleet.events.Topics;

/**
 * A payment the booking owed was captured. {@code invoiceNumber} names the booking's one
 * invoice, issued (or recorded on) in the same transaction, so whatever confirms the
 * booking can name it; null from producers that issued none. {@code paymentVersion} is
 * the payment's version after the change (0 in events of producers that sent none).
 */
@EventContract(type = "PaymentSucceeded", topic = Topics.PAYMENT, key = "bookingId",
		aggregateVersion = "paymentVersion")
public record PaymentSucceeded(UUID paymentId, UUID bookingId, String paymentIntentId, long amountCents,
		String currency, String invoiceNumber, Long paymentVersion) {

	public PaymentSucceeded {
		paymentVersion = (paymentVersion != null) ? paymentVersion : 0L;
	}

	/** A payment announced without its version. */
	public PaymentSucceeded(UUID paymentId, UUID bookingId, String paymentIntentId, long amountCents, String currency,
			String invoiceNumber) {
		this(paymentId, bookingId, paymentIntentId, amountCents, currency, invoiceNumber, 0L);
	}

	/** A payment announced without its invoice. */
	public PaymentSucceeded(UUID paymentId, UUID bookingId, String paymentIntentId, long amountCents, String currency) {
		this(paymentId, bookingId, paymentIntentId, amountCents, currency, null, 0L);
	}

}
