package org.bookingfleet.payment.billing.stripe;

/** A PaymentIntent as Stripe last described it. */
public record StripeIntent(String id, String clientSecret, String status, long amountReceivedCents,
		String lastErrorCode, String lastErrorMessage) {
}
