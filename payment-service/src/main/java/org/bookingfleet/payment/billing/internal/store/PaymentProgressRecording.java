package org.bookingfleet.payment.billing.internal.store;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.bookingfleet.events.payment.DisputeOpened;
import org.bookingfleet.events.payment.PaymentFailed;
import org.bookingfleet.events.payment.PaymentSucceeded;
import org.bookingfleet.events.payment.RefundIssued;
import org.bookingfleet.payment.billing.intent.DueBooking;
import org.bookingfleet.payment.billing.intent.Payment;
import org.bookingfleet.payment.billing.intent.PaymentObservation;
import org.bookingfleet.payment.billing.intent.PaymentOutcome;
import org.bookingfleet.payment.billing.intent.PaymentProgress;
import org.bookingfleet.payment.billing.intent.SuccessSettlement;
import org.bookingfleet.payment.billing.refund.Refund;
import org.bookingfleet.payment.billing.refund.RefundRequest;
import org.bookingfleet.platform.outbox.Outbox;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Applies what Stripe observed to a locked payment, in the caller's transaction: the new
 * state, its events through the outbox, the invoice of a success and the credit note of a
 * refund, all or nothing. The document is issued first, so the event that announces the
 * payment ({@code invoiceNumber}) or the refund ({@code creditNoteNumber}) names it. A
 * success is announced, and counts towards what its booking owes, while the booking still
 * owes money (its first payment, the rest of a part payment, the balance after a deposit,
 * a fee charged after it was paid); a success for a booking already paid in full (an old
 * intent paid after a retry), or one that arrives after the booking expired or was
 * cancelled, is refunded in full.
 */
@Service
public class PaymentProgressRecording {

	private final Payments payments;

	private final Outbox outbox;

	private final Invoicing invoicing;

	private final DueBookings dueBookings;

	private final Refunds refunds;

	public PaymentProgressRecording(Payments payments, Outbox outbox, Invoicing invoicing, DueBookings dueBookings,
			Refunds refunds) {
		this.payments = payments;
		this.outbox = outbox;
		this.invoicing = invoicing;
		this.dueBookings = dueBookings;
		this.refunds = refunds;
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

	private Mono<Void> announcePaid(StoredPayment saved, PaymentOutcome.Succeeded succeeded) {
		Payment payment = saved.payment();
		return invoicing.invoicePayment(payment, saved.version())
			.map(InvoiceDocument::number)
			.map(Optional::of)
			.defaultIfEmpty(Optional.empty())
			.flatMap(invoice -> outbox.append(new PaymentSucceeded(payment.id(), payment.bookingId(),
					payment.paymentIntentId(), succeeded.amountCents(), payment.amount().currencyCode(),
					invoice.orElse(null), saved.version())))
			.then();
	}

	private Mono<Void> refundInFull(Payment payment, String requestKey, String reason) {
		RefundRequest request = RefundRequest.full(requestKey, reason);
		return refunds.insert(Refund.requested(UUID.randomUUID(), payment.id(), request, payment.capturedCents()))
			.then();
	}

	private Mono<Void> announce(StoredPayment saved, List<PaymentOutcome> outcomes) {
		Payment payment = saved.payment();
		return Flux.fromIterable(outcomes).concatMap(outcome -> {
			if (outcome instanceof PaymentOutcome.Succeeded succeeded) {
				return dueBookings.byIdForUpdate(payment.bookingId())
					.map(Optional::of)
					.defaultIfEmpty(Optional.empty())
					.zipWith(payments.collectedForBooking(payment.bookingId(), payment.id()))
					.flatMap(booking -> {
						String closed = booking.getT1().map(DueBooking::closed).orElse(null);
						long owed = booking.getT1().map(due -> due.inFull().cents()).orElse(payment.amount().cents());
						return switch (SuccessSettlement.of(closed != null, booking.getT2(), owed)) {
							case ANNOUNCE_PAID ->
								payments.applied(payment.id(), true).then(announcePaid(saved, succeeded));
							case REFUND_BOOKING_CLOSED -> refundInFull(payment, "booking-" + closed,
									"the booking was " + closed + " before it was paid");
							case REFUND_ALREADY_PAID ->
								refundInFull(payment, "duplicate-payment", "the booking was already paid");
						};
					});
			}
			if (outcome instanceof PaymentOutcome.Failed failed) {
				return outbox
					.append(new PaymentFailed(payment.id(), payment.bookingId(), payment.paymentIntentId(),
							failed.failureCode(), failed.message(), saved.version()))
					.then();
			}
			if (outcome instanceof PaymentOutcome.Refunded refunded) {
				String refundRef = refunded.refundId() != null ? refunded.refundId()
						: "total-" + payment.refundedCents();
				return invoicing.creditRefund(payment, refundRef, refunded.amountCents(), saved.version())
					.map(InvoiceDocument::number)
					.map(Optional::of)
					.defaultIfEmpty(Optional.empty())
					.flatMap(note -> outbox
						.append(new RefundIssued(payment.id(), payment.bookingId(), refundRef, refunded.amountCents(),
								payment.amount().currencyCode(), note.orElse(null), saved.version())))
					.then();
			}
			PaymentOutcome.Disputed disputed = (PaymentOutcome.Disputed) outcome;
			return outbox
				.append(new DisputeOpened(payment.id(), payment.bookingId(), disputed.disputeId(),
						disputed.amountCents(), disputed.reason(), saved.version()))
				.then();
		}).then();
	}

}
