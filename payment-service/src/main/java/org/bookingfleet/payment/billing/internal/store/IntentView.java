package org.bookingfleet.payment.billing.internal.store;

import java.util.UUID;

/**
 * A payment as its owner sees it; the client secret lets their browser pay the
 * PaymentIntent. {@code invoiceNumber} and {@code invoiceUrl} name the booking's one
 * invoice (its PDF) once its first payment issued it, else null.
 */
public record IntentView(UUID paymentId, UUID bookingId, int attempt, String paymentIntentId, String clientSecret,
		long amountCents, String currency, String status, long capturedCents, long refundedCents, String failureCode,
		String failureMessage, String invoiceNumber, String invoiceUrl) {

	static IntentView of(StoredPayment stored) {
		var payment = stored.payment();
		return new IntentView(payment.id(), payment.bookingId(), payment.attempt().number(), payment.paymentIntentId(),
				stored.clientSecret(), payment.amount().cents(), payment.amount().currencyCode(),
				payment.status().name(), payment.capturedCents(), payment.refundedCents(), payment.failureCode(),
				payment.failureMessage(), null, null);
	}

	IntentView withInvoice(String number) {
		return new IntentView(paymentId, bookingId, attempt, paymentIntentId, clientSecret, amountCents, currency,
				status, capturedCents, refundedCents, failureCode, failureMessage, number,
				"/api/v2/invoices/" + number + ".pdf");
	}

}
