package org.bookingfleet.payment.billing.intent;

import java.util.ArrayList;
import java.util.List;

import org.bookingfleet.payment.billing.intent.PaymentObservation.ChargeRefunded;
import org.bookingfleet.payment.billing.intent.PaymentObservation.DisputeCreated;
import org.bookingfleet.payment.billing.intent.PaymentObservation.IntentCanceled;
import org.bookingfleet.payment.billing.intent.PaymentObservation.IntentFailed;
import org.bookingfleet.payment.billing.intent.PaymentObservation.IntentSucceeded;

/**
 * Moves a payment by what Stripe observed, in whatever order Stripe's events arrive:
 * statuses only rise in {@link PaymentStatus} precedence, refunds follow Stripe's running
 * total, and each fact is announced once.
 */
public final class PaymentProgress {

	private PaymentProgress() {
	}

	public static Transition apply(Payment payment, PaymentObservation observation) {
		if (observation instanceof IntentSucceeded succeeded) {
			return succeed(payment, succeeded.amountReceivedCents());
		}
		if (observation instanceof IntentFailed failed) {
			return fail(payment, failed);
		}
		if (observation instanceof IntentCanceled) {
			return cancel(payment);
		}
		if (observation instanceof ChargeRefunded refunded) {
			return refund(payment, refunded);
		}
		return dispute(payment, (DisputeCreated) observation);
	}

	private static Transition succeed(Payment payment, long amountReceivedCents) {
		if (payment.status() == PaymentStatus.SUCCEEDED) {
			return Transition.unchanged(payment);
		}
		long captured = amountReceivedCents > 0 ? amountReceivedCents : payment.amount().cents();
		return new Transition(payment.withCaptured(captured), List.of(new PaymentOutcome.Succeeded(captured)));
	}

	private static Transition fail(Payment payment, IntentFailed failed) {
		if (payment.status().outranks(PaymentStatus.FAILED)) {
			return Transition.unchanged(payment);
		}
		return new Transition(payment.withFailure(failed.failureCode(), failed.message()),
				List.of(new PaymentOutcome.Failed(failed.failureCode(), failed.message())));
	}

	private static Transition cancel(Payment payment) {
		if (!PaymentStatus.CANCELED.outranks(payment.status())) {
			return Transition.unchanged(payment);
		}
		return new Transition(payment.withStatus(PaymentStatus.CANCELED), List.of());
	}

	private static Transition refund(Payment payment, ChargeRefunded refunded) {
		List<PaymentOutcome> outcomes = new ArrayList<>();
		Payment next = payment;
		if (next.status() != PaymentStatus.SUCCEEDED) {
			Transition success = succeed(next, refunded.amountCapturedCents());
			next = success.payment();
			outcomes.addAll(success.outcomes());
		}
		long total = Math.min(refunded.totalRefundedCents(), next.capturedCents());
		if (total > next.refundedCents()) {
			outcomes.add(new PaymentOutcome.Refunded(refunded.latestRefundId(), total - next.refundedCents()));
			next = next.withRefunded(total);
		}
		return new Transition(next, List.copyOf(outcomes));
	}

	private static Transition dispute(Payment payment, DisputeCreated dispute) {
		if (payment.disputed()) {
			return Transition.unchanged(payment);
		}
		return new Transition(payment.withDispute(),
				List.of(new PaymentOutcome.Disputed(dispute.disputeId(), dispute.amountCents(), dispute.reason())));
	}

	/**
	 * The payment after an observation, and what must be announced because of it (nothing
	 * when unchanged).
	 */
	public record Transition(Payment payment, List<PaymentOutcome> outcomes) {

		static Transition unchanged(Payment payment) {
			return new Transition(payment, List.of());
		}

		public boolean changes(Payment before) {
			return !payment.equals(before);
		}

	}

}
