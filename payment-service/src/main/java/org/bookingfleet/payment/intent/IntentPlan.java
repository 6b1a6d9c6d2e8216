package org.bookingfleet.payment.intent;

import java.util.Optional;
import java.util.UUID;

import org.bookingfleet.payment.money.Money;

/** What asking for a booking's PaymentIntent leads to, given the booking's latest payment attempt. */
public sealed interface IntentPlan {

	record Create(IntentAttempt attempt, Money amount) implements IntentPlan {
	}

	record Reuse(Payment payment) implements IntentPlan {
	}

	record AlreadyPaid(Payment payment) implements IntentPlan {
	}

	/**
	 * An open attempt for the same amount is reused, so asking twice never charges twice; a declined or canceled
	 * attempt, or one for an amount no longer due, makes way for the next attempt with its own idempotency key.
	 */
	static IntentPlan forBooking(UUID bookingId, Money due, Optional<Payment> latest) {
		if (!due.isPositive()) {
			throw new IllegalArgumentException("nothing is due for booking " + bookingId);
		}
		if (latest.isEmpty()) {
			return new Create(IntentAttempt.first(bookingId), due);
		}
		Payment payment = latest.get();
		if (!payment.bookingId().equals(bookingId)) {
			throw new IllegalArgumentException("payment " + payment.id() + " belongs to another booking");
		}
		return switch (payment.status()) {
			case SUCCEEDED -> new AlreadyPaid(payment);
			case CREATING, REQUIRES_PAYMENT -> payment.amount().equals(due) ? new Reuse(payment)
					: new Create(payment.attempt().next(), due);
			case FAILED, CANCELED -> new Create(payment.attempt().next(), due);
		};
	}

}
