package org.bookingfleet.payment.billing.refund;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * A wish to give money back. The request key names the wish (an admin's Idempotency-Key,
 * or the cancellation event that owes the refund), so asking again is answered with the
 * first refund instead of a second one. An empty amount asks for everything still
 * refundable.
 */
public record RefundRequest(String requestKey, OptionalLong amountCents, String reason) {

	public RefundRequest {
		Objects.requireNonNull(amountCents, "amountCents");
		if (requestKey == null || requestKey.isBlank()) {
			throw new IllegalArgumentException("a refund request needs a key");
		}
	}

	public static RefundRequest full(String requestKey, String reason) {
		return new RefundRequest(requestKey, OptionalLong.empty(), reason);
	}

	public static RefundRequest partial(String requestKey, long amountCents, String reason) {
		return new RefundRequest(requestKey, OptionalLong.of(amountCents), reason);
	}

}
