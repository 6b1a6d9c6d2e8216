package org.bookingfleet.payment.billing.intent;

/** What the rest of the fleet must hear after a payment changed. */
public sealed interface PaymentOutcome {

	record Succeeded(long amountCents) implements PaymentOutcome {
	}

	record Failed(String failureCode, String message) implements PaymentOutcome {
	}

	record Refunded(String refundId, long amountCents) implements PaymentOutcome {
	}

	record Disputed(String disputeId, long amountCents, String reason) implements PaymentOutcome {
	}

}
