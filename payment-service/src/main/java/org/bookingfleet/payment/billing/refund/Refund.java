package org.bookingfleet.payment.billing.refund;

import java.util.Objects;
import java.util.UUID;

public record Refund(UUID id, UUID paymentId, String requestKey, long amountCents, RefundStatus status,
		String stripeRefundId, String reason) {

	public Refund {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(paymentId, "paymentId");
		Objects.requireNonNull(requestKey, "requestKey");
		Objects.requireNonNull(status, "status");
		if (amountCents <= 0) {
			throw new IllegalArgumentException("a refund gives back a positive amount");
		}
	}

	public static Refund requested(UUID id, UUID paymentId, RefundRequest request, long amountCents) {
		return new Refund(id, paymentId, request.requestKey(), amountCents, RefundStatus.REQUESTED, null,
				request.reason());
	}

	public Refund settled(RefundStatus outcome, String stripeRefundId) {
		return new Refund(id, paymentId, requestKey, amountCents, outcome, stripeRefundId, reason);
	}

	/**
	 * Stripe's idempotency key for this refund: one per payment and request, stable
	 * across retries.
	 */
	public String idempotencyKey() {
		return RefundRules.idempotencyKey(paymentId, requestKey);
	}

}
