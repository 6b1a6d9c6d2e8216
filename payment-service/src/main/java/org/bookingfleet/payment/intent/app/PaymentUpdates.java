package org.bookingfleet.payment.intent.app;

import java.util.List;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.bookingfleet.events.payment.DisputeOpened;
import org.bookingfleet.events.payment.PaymentFailed;
import org.bookingfleet.events.payment.PaymentSucceeded;
import org.bookingfleet.events.payment.RefundIssued;
import org.bookingfleet.payment.intent.Payment;
import org.bookingfleet.payment.intent.PaymentObservation;
import org.bookingfleet.payment.intent.PaymentOutcome;
import org.bookingfleet.payment.intent.PaymentProgress;
import org.bookingfleet.payment.invoice.app.Invoicing;
import org.bookingfleet.platform.outbox.Outbox;
import org.springframework.stereotype.Service;

/**
 * Applies what Stripe observed to a locked payment, in the caller's transaction: the new state, its events
 * through the outbox, the invoice of a success and the credit note of a refund, all or nothing.
 */
@Service
public class PaymentUpdates {

	private final Payments payments;

	private final Outbox outbox;

	private final Invoicing invoicing;

	public PaymentUpdates(Payments payments, Outbox outbox, Invoicing invoicing) {
		this.payments = payments;
		this.outbox = outbox;
		this.invoicing = invoicing;
	}

	public Mono<StoredPayment> observe(StoredPayment locked, String paymentIntentId, PaymentObservation observation) {
		Payment before = locked.payment();
		Payment known = before.paymentIntentId() == null && paymentIntentId != null ? before.withIntent(paymentIntentId)
				: before;
		PaymentProgress.Transition transition = PaymentProgress.apply(known, observation);
		if (!transition.changes(before)) {
			return Mono.just(locked);
		}
		return payments.update(locked, transition.payment())
			.flatMap(saved -> announce(saved, transition.outcomes()).thenReturn(saved));
	}

	private Mono<Void> announce(StoredPayment saved, List<PaymentOutcome> outcomes) {
		Payment payment = saved.payment();
		String subject = payment.bookingId().toString();
		return Flux.fromIterable(outcomes).concatMap(outcome -> {
			if (outcome instanceof PaymentOutcome.Succeeded succeeded) {
				return outbox
					.append(new PaymentSucceeded(payment.id(), payment.bookingId(), payment.paymentIntentId(),
							succeeded.amountCents(), payment.amount().currencyCode()), subject, saved.version())
					.then(invoicing.invoicePayment(payment, saved.version()))
					.then();
			}
			if (outcome instanceof PaymentOutcome.Failed failed) {
				return outbox.append(new PaymentFailed(payment.id(), payment.bookingId(), payment.paymentIntentId(),
						failed.failureCode(), failed.message()), subject, saved.version()).then();
			}
			if (outcome instanceof PaymentOutcome.Refunded refunded) {
				String refundRef = refunded.refundId() != null ? refunded.refundId()
						: "total-" + payment.refundedCents();
				return outbox
					.append(new RefundIssued(payment.id(), payment.bookingId(), refundRef, refunded.amountCents(),
							payment.amount().currencyCode()), subject, saved.version())
					.then(invoicing.creditRefund(payment, refundRef, refunded.amountCents(), saved.version()))
					.then();
			}
			PaymentOutcome.Disputed disputed = (PaymentOutcome.Disputed) outcome;
			return outbox.append(new DisputeOpened(payment.id(), payment.bookingId(), disputed.disputeId(),
					disputed.amountCents(), disputed.reason()), subject, saved.version()).then();
		}).then();
	}

}
