package org.bookingfleet.payment.billing.webhook;

import java.time.Instant;

import org.bookingfleet.payment.billing.intent.PaymentObservation;

/**
 * A verified Stripe event the payment service acts on: its id (stored once), the
 * PaymentIntent it concerns and what it observed about it. The booking and attempt come
 * from the intent's metadata when Stripe includes it.
 */
public record ReceivedStripeEvent(String eventId, String type, Instant created, String paymentIntentId,
		String bookingId, String attempt, PaymentObservation observation) {
}
