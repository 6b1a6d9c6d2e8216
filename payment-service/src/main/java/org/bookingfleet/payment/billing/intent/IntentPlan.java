package org.bookingfleet.payment.billing.intent;

import java.util.Optional;
import java.util.UUID;

import org.bookingfleet.payment.money.Money;

/**
 * What asking for a booking's PaymentIntent leads to, given what it still owes and its
 * latest payment attempt.
 */
public sealed interface IntentPlan {

	record Create(IntentAttempt attempt, Money amount) implements IntentPlan {
	}

	record Reuse(Payment payment) implements IntentPlan {
	}

	record AlreadyPaid(Payment payment) implements IntentPlan {
	}

	/**
	 * What the booking still asks for: what it owes now less what its payments already
	 * brought in, never below 0.
	 */
	static Money outstanding(Money owed, long collectedCents) {
		return new Money(Math.max(0, owed.cents() - collectedCents), owed.currency());
	}

	/**
	 * What the booking's owner is asked for when they ask to pay: what is due now while
	 * any of it is unpaid (the deposit, a fee), and once that is paid the balance: what
	 * the booking costs in full ({@code inFullCents}, its price with the fees charged
	 * since, never less than what is due now) less what its payments brought in, by the
	 * fleet's one {@link BalanceDue} rule: a refund is never asked for again.
	 */
	static Money requested(Money dueNow, long inFullCents, long collectedCents) {
		Money now = outstanding(dueNow, collectedCents);
		if (now.isPositive()) {
			return now;
		}
		BalanceDue balance = new BalanceDue(Math.max(dueNow.cents(), inFullCents), collectedCents);
		return new Money(balance.owedCents(), dueNow.currency());
	}

	/**
	 * {@code outstanding} is what the booking still asks for: what it owes now (the
	 * deposit or the full price, plus any fee charged since) less what its payments
	 * already brought in. Nothing outstanding: the booking is paid and never charged
	 * again. An open attempt for the same amount is reused, so asking twice never charges
	 * twice; a declined or canceled attempt, one for an amount no longer due, or a
	 * success followed by a new fee makes way for the next attempt with its own
	 * idempotency key.
	 */
	static IntentPlan forBooking(UUID bookingId, Money outstanding, Optional<Payment> latest) {
		latest.filter(payment -> !payment.bookingId().equals(bookingId)).ifPresent(payment -> {
			throw new IllegalArgumentException("payment " + payment.id() + " belongs to another booking");
		});
		if (!outstanding.isPositive()) {
			return new AlreadyPaid(
					latest.orElseThrow(() -> new IllegalArgumentException("nothing is due for booking " + bookingId)));
		}
		if (latest.isEmpty()) {
			return new Create(IntentAttempt.first(bookingId), outstanding);
		}
		Payment payment = latest.get();
		return switch (payment.status()) {
			case CREATING, REQUIRES_PAYMENT -> payment.amount().equals(outstanding) ? new Reuse(payment)
					: new Create(payment.attempt().next(), outstanding);
			case FAILED, CANCELED, SUCCEEDED -> new Create(payment.attempt().next(), outstanding);
		};
	}

}
