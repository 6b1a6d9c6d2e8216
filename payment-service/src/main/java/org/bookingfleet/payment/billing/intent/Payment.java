package org.bookingfleet.payment.billing.intent;

import java.util.Objects;
import java.util.UUID;

import org.bookingfleet.payment.money.Money;

/**
 * The money one attempt collects for a booking: the PaymentIntent behind it once Stripe
 * has created it, what was captured, what Stripe has refunded in total, and whether the
 * charge is disputed.
 */
public record Payment(UUID id, IntentAttempt attempt, Money amount, PaymentStatus status, String paymentIntentId,
		long capturedCents, long refundedCents, boolean disputed, String failureCode, String failureMessage) {

	public Payment {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(attempt, "attempt");
		Objects.requireNonNull(amount, "amount");
		Objects.requireNonNull(status, "status");
		if (!amount.isPositive()) {
			throw new IllegalArgumentException("a payment collects a positive amount");
		}
		if (capturedCents < 0 || refundedCents < 0) {
			throw new IllegalArgumentException("captured and refunded amounts are never negative");
		}
	}

	public static Payment creating(UUID id, IntentAttempt attempt, Money amount) {
		return new Payment(id, attempt, amount, PaymentStatus.CREATING, null, 0, 0, false, null, null);
	}

	public UUID bookingId() {
		return attempt.bookingId();
	}

	public Payment withIntent(String intentId) {
		PaymentStatus next = status == PaymentStatus.CREATING ? PaymentStatus.REQUIRES_PAYMENT : status;
		return new Payment(id, attempt, amount, next, intentId, capturedCents, refundedCents, disputed, failureCode,
				failureMessage);
	}

	Payment withStatus(PaymentStatus next) {
		return new Payment(id, attempt, amount, next, paymentIntentId, capturedCents, refundedCents, disputed,
				failureCode, failureMessage);
	}

	Payment withFailure(String code, String message) {
		return new Payment(id, attempt, amount, PaymentStatus.FAILED, paymentIntentId, capturedCents, refundedCents,
				disputed, code, message);
	}

	Payment withCaptured(long cents) {
		return new Payment(id, attempt, amount, PaymentStatus.SUCCEEDED, paymentIntentId, cents, refundedCents,
				disputed, failureCode, failureMessage);
	}

	Payment withRefunded(long cents) {
		return new Payment(id, attempt, amount, status, paymentIntentId, capturedCents, cents, disputed, failureCode,
				failureMessage);
	}

	Payment withDispute() {
		return new Payment(id, attempt, amount, status, paymentIntentId, capturedCents, refundedCents, true,
				failureCode, failureMessage);
	}

	public long refundableCents() {
		return Math.max(0, capturedCents - refundedCents);
	}

}
