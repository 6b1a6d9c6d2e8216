package org.bookingfleet.payment.billing.refund;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.bookingfleet.payment.billing.intent.Payment;
import org.bookingfleet.payment.billing.intent.PaymentStatus;

/**
 * Decides a refund: partial or full, never more than was captured less what is already
 * given back or on its way, and the same request twice gives one refund.
 */
public final class RefundRules {

	private RefundRules() {
	}

	public static RefundDecision decide(Payment payment, List<Refund> earlier, RefundRequest request) {
		Optional<Refund> same = earlier.stream().filter(r -> r.requestKey().equals(request.requestKey())).findFirst();
		if (same.isPresent()) {
			boolean sameAmount = request.amountCents().isEmpty()
					|| request.amountCents().getAsLong() == same.get().amountCents();
			return sameAmount ? new RefundDecision.Replay(same.get()) : new RefundDecision.Refuse(
					RefundRefusal.KEY_REUSED_FOR_ANOTHER_AMOUNT, refundable(payment, earlier));
		}
		long refundable = refundable(payment, earlier);
		if (payment.status() != PaymentStatus.SUCCEEDED) {
			return new RefundDecision.Refuse(RefundRefusal.NOT_CAPTURED, 0);
		}
		long amount = request.amountCents().orElse(refundable);
		if (request.amountCents().isPresent() && amount <= 0) {
			return new RefundDecision.Refuse(RefundRefusal.NOT_POSITIVE, refundable);
		}
		if (refundable == 0) {
			return new RefundDecision.Refuse(RefundRefusal.NOTHING_LEFT, 0);
		}
		if (amount > refundable) {
			return new RefundDecision.Refuse(RefundRefusal.EXCEEDS_REFUNDABLE, refundable);
		}
		return new RefundDecision.Issue(amount, idempotencyKey(payment.id(), request.requestKey()));
	}

	public static long refundable(Payment payment, List<Refund> earlier) {
		if (payment.status() != PaymentStatus.SUCCEEDED) {
			return 0;
		}
		long committed = earlier.stream().filter(r -> r.status().holdsMoney()).mapToLong(Refund::amountCents).sum();
		return Math.max(0, payment.capturedCents() - Math.max(committed, payment.refundedCents()));
	}

	/**
	 * Stripe caps keys at 255 characters, so a long request key is replaced by its
	 * SHA-256.
	 */
	static String idempotencyKey(UUID paymentId, String requestKey) {
		String key = requestKey.length() <= 128 ? requestKey : sha256(requestKey);
		return "payment-" + paymentId + "-refund-" + key;
	}

	private static String sha256(String text) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java platform has SHA-256", ex);
		}
	}

}
