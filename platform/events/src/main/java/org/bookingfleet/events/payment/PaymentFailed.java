package org.bookingfleet.events.payment;

import java.util.UUID;

import org.bookingfleet.events.EventContract;
import org.bookingfleet.events.Topics;

/**
 * A payment attempt failed (a declined card, an intent Stripe refused).
 * {@code paymentVersion} is the payment's version after the failure (0 in events of
 * producers that sent none).
 */
@EventContract(type = "PaymentFailed", topic = Topics.PAYMENT, key = "bookingId", aggregateVersion = "paymentVersion")
public record PaymentFailed(UUID paymentId, UUID bookingId, String paymentIntentId, String failureCode, String message,
		Long paymentVersion) {

	public PaymentFailed {
		paymentVersion = (paymentVersion != null) ? paymentVersion : 0L;
	}

	/** A failure announced without the payment's version. */
	public PaymentFailed(UUID paymentId, UUID bookingId, String paymentIntentId, String failureCode, String message) {
		this(paymentId, bookingId, paymentIntentId, failureCode, message, 0L);
	}

}
