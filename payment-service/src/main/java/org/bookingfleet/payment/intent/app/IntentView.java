package org.bookingfleet.payment.intent.app;

import java.util.UUID;

/**
 * A payment as its owner sees it; the client secret lets their browser pay the
 * PaymentIntent.
 */
public record IntentView(UUID paymentId, UUID bookingId, int attempt, String paymentIntentId, String clientSecret,
		long amountCents, String currency, String status, long capturedCents, long refundedCents, String failureCode,
		String failureMessage) {

	static IntentView of(StoredPayment stored) {
		var payment = stored.payment();
		return new IntentView(payment.id(), payment.bookingId(), payment.attempt().number(), payment.paymentIntentId(),
				stored.clientSecret(), payment.amount().cents(), payment.amount().currencyCode(),
				payment.status().name(), payment.capturedCents(), payment.refundedCents(), payment.failureCode(),
				payment.failureMessage());
	}

}
