package org.bookingfleet.payment.billing.refund;

public sealed interface RefundDecision {

	record Issue(long amountCents, String idempotencyKey) implements RefundDecision {
	}

	/** The same request was made before: answer with the refund it produced. */
	record Replay(Refund refund) implements RefundDecision {
	}

	record Refuse(RefundRefusal reason, long refundableCents) implements RefundDecision {
	}

}
