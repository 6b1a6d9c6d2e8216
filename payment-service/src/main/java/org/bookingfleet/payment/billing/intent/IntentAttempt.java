package org.bookingfleet.payment.billing.intent;

import java.util.Objects;
import java.util.UUID;

/**
 * One try at collecting a booking's money. Stripe's idempotency key is derived from the
 * booking and the attempt number: retries of one attempt (timeouts, 5xx) reuse its key
 * and never create a second PaymentIntent, while a new attempt after a declined card gets
 * a fresh key instead of Stripe replaying the declined one.
 */
public record IntentAttempt(UUID bookingId, int number) {

	public IntentAttempt {
		Objects.requireNonNull(bookingId, "bookingId");
		if (number < 1) {
			throw new IllegalArgumentException("attempts are numbered from 1");
		}
	}

	public static IntentAttempt first(UUID bookingId) {
		return new IntentAttempt(bookingId, 1);
	}

	public IntentAttempt next() {
		return new IntentAttempt(bookingId, number + 1);
	}

	public String idempotencyKey() {
		return "booking-" + bookingId + "-intent-" + number;
	}

}
