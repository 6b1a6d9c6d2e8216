package org.bookingfleet.payment.journey;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.bookingfleet.payment.billing.intent.DueBooking;
import org.bookingfleet.payment.billing.intent.IntentAttempt;
import org.bookingfleet.payment.billing.intent.Payment;
import org.bookingfleet.payment.billing.internal.store.DueBookings;
import org.bookingfleet.payment.billing.internal.store.Payments;
import org.bookingfleet.payment.billing.invoice.QuotedPrice;
import org.bookingfleet.payment.money.Money;
import org.bookingfleet.sandbox.stripe.webhook.WebhookSigner;

/**
 * Bookings waiting for money and Stripe events about them, written as Stripe would send
 * them.
 */
final class PaymentFixtures {

	static final String CUSTOMER = "dana@example.com";

	private final DueBookings dueBookings;

	private final Payments payments;

	PaymentFixtures(DueBookings dueBookings, Payments payments) {
		this.dueBookings = dueBookings;
		this.payments = payments;
	}

	static QuotedPrice mobileNotaryQuote() {
		return new QuotedPrice("q-" + UUID.randomUUID(), "USD", 10_825, 5_000, 825,
				List.of(new QuotedPrice.Line("BASE", "Mobile notary visit", 10_000, "base price"),
						new QuotedPrice.Line("TAX", "Texas sales tax 8.25%", 825, "TX 8.25%"),
						new QuotedPrice.Line("DEPOSIT", "Deposit due now", 5_000, "deposit")));
	}

	/**
	 * A booking of the signed-in customer owing its full price, with a PaymentIntent
	 * already created for its first attempt.
	 */
	Payment openPayment() {
		UUID bookingId = UUID.randomUUID();
		dueBookings
			.save(new DueBooking(bookingId, "mobile-notary", 7, Money.of(10_825, "USD"), null, "Dana Reyes", CUSTOMER,
					CUSTOMER, null, mobileNotaryQuote(), null))
			.toFuture()
			.join();
		return openAttempt(bookingId, 1);
	}

	/**
	 * A guest's booking (no account, a private access token) owing its full price, with
	 * an open PaymentIntent.
	 */
	Payment guestPayment(String email, String accessTokenDigest) {
		UUID bookingId = UUID.randomUUID();
		dueBookings
			.save(new DueBooking(bookingId, "mobile-notary", 7, Money.of(10_825, "USD"), null, "Guest B", email, null,
					accessTokenDigest, mobileNotaryQuote(), null))
			.toFuture()
			.join();
		return openAttempt(bookingId, 1);
	}

	/** Another attempt for a booking already stored, with its own PaymentIntent. */
	Payment openAttempt(UUID bookingId, int attempt) {
		Money due = Money.of(10_825, "USD");
		String intentId = "pi_" + UUID.randomUUID().toString().replace("-", "");
		Payment payment = Payment.creating(UUID.randomUUID(), new IntentAttempt(bookingId, attempt), due)
			.withIntent(intentId);
		payments.insert(payment).toFuture().join();
		return payment;
	}

	static String intentEvent(String eventId, String type, Payment payment, String status, long received,
			String lastError) {
		return """
				{
				  "id": "%s",
				  "object": "event",
				  "api_version": "2026-07-29.dahlia",
				  "created": %d,
				  "type": "%s",
				  "data": {
				    "object": {
				      "id": "%s",
				      "object": "payment_intent",
				      "amount": %d,
				      "amount_received": %d,
				      "currency": "usd",
				      "status": "%s",
				      "last_payment_error": %s,
				      "metadata": {"booking_id": "%s", "attempt": "%d"}
				    }
				  }
				}""".formatted(eventId, Instant.now().getEpochSecond(), type, payment.paymentIntentId(),
				payment.amount().cents(), received, status, lastError == null ? "null" : lastError, payment.bookingId(),
				payment.attempt().number());
	}

	static String succeeded(String eventId, Payment payment) {
		return intentEvent(eventId, "payment_intent.succeeded", payment, "succeeded", payment.amount().cents(), null);
	}

	static String declined(String eventId, Payment payment) {
		return intentEvent(eventId, "payment_intent.payment_failed", payment, "requires_payment_method", 0,
				"{\"type\":\"card_error\",\"code\":\"card_declined\",\"decline_code\":\"generic_decline\","
						+ "\"message\":\"Your card was declined.\"}");
	}

	static String signature(String payload, String secret, Instant at) {
		return new WebhookSigner(secret).header(payload, at);
	}

	static String signature(String payload) {
		return signature(payload, LocalStripe.WEBHOOK_SECRET, Instant.now());
	}

}
