package org.bookingfleet.events.payment;

import java.util.UUID;

import org.bookingfleet.events.EventContract;
import org.bookingfleet.events.Topics;

/**
 * A payment the booking owed was captured. {@code invoiceNumber} names the booking's one
 * invoice, issued (or recorded on) in the same transaction, so whatever confirms the
 * booking can name it; null from producers that issued none.
 */
@EventContract(type = "PaymentSucceeded", topic = Topics.PAYMENT, key = "bookingId")
public record PaymentSucceeded(UUID paymentId, UUID bookingId, String paymentIntentId, long amountCents,
		String currency, String invoiceNumber) {

	/** A payment announced without its invoice. */
	public PaymentSucceeded(UUID paymentId, UUID bookingId, String paymentIntentId, long amountCents, String currency) {
		this(paymentId, bookingId, paymentIntentId, amountCents, currency, null);
	}

}
