package org.bookingfleet.payment.billing.intent;

/**
 * What Stripe told us about a payment, by a webhook event or by an answer to "what is its
 * status now?".
 */
public sealed interface PaymentObservation {

	record IntentSucceeded(long amountReceivedCents) implements PaymentObservation {
	}

	record IntentFailed(String failureCode, String message) implements PaymentObservation {
	}

	record IntentCanceled() implements PaymentObservation {
	}

	/**
	 * Stripe reports the charge's running totals, so a refund observation carries the
	 * total refunded so far.
	 */
	record ChargeRefunded(long amountCapturedCents, long totalRefundedCents,
			String latestRefundId) implements PaymentObservation {
	}

	record DisputeCreated(String disputeId, long amountCents, String reason) implements PaymentObservation {
	}

}
