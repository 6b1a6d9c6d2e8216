package org.bookingfleet.payment.billing.internal.store;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.bookingfleet.events.EventEnvelope;
import org.bookingfleet.events.booking.BookingCancelled;
import org.bookingfleet.events.booking.BookingExpired;
import org.bookingfleet.events.booking.BookingFeeCharged;
import org.bookingfleet.events.booking.PaymentNotApplied;
import org.bookingfleet.payment.billing.internal.stripe.StripeGateway;
import org.bookingfleet.payment.billing.internal.stripe.StripeProperties;
import org.bookingfleet.payment.billing.refund.Refund;
import org.bookingfleet.payment.billing.refund.RefundDecision;
import org.bookingfleet.payment.billing.refund.RefundRequest;
import org.bookingfleet.payment.billing.refund.RefundRules;
import org.bookingfleet.payment.billing.refund.RefundStatus;
import org.bookingfleet.payment.billing.stripe.StripeRefused;
import org.bookingfleet.platform.web.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Gives money back: the decision and the refund row are written under the payment's lock,
 * so concurrent requests never refund more than was captured; Stripe is then asked
 * outside the transaction with the refund's own idempotency key, and asked again from the
 * database if it could not be reached.
 */
@Service
public class RefundIssuing {

	private static final Logger log = LoggerFactory.getLogger(RefundIssuing.class);

	private final Payments payments;

	private final Refunds refunds;

	private final StripeGateway stripe;

	private final StripeProperties properties;

	private final TransactionalOperator transaction;

	public RefundIssuing(Payments payments, Refunds refunds, StripeGateway stripe, StripeProperties properties,
			TransactionalOperator transaction) {
		this.payments = payments;
		this.refunds = refunds;
		this.stripe = stripe;
		this.properties = properties;
		this.transaction = transaction;
	}

	public Mono<Refund> request(UUID paymentId, RefundRequest request) {
		return transaction
			.transactional(payments.byIdForUpdate(paymentId)
				.switchIfEmpty(Mono.error(() -> ApiException.notFound("payment")))
				.flatMap(locked -> decide(locked, request)))
			.flatMap(refund -> refund.status() == RefundStatus.REQUESTED && refund.stripeRefundId() == null
					? send(refund) : Mono.just(refund));
	}

	/**
	 * Runs in the consumer's transaction: the refund the policy owes is written there and
	 * sent by the waiting work. A booking may have taken several payments (the rest of a
	 * part payment, a fee): the refund is taken from the latest first.
	 */
	public Mono<Void> bookingCancelled(BookingCancelled cancelled, EventEnvelope envelope) {
		if (cancelled.refundCents() <= 0) {
			return Mono.empty();
		}
		return refundApplied(cancelled.bookingId(), cancelled.refundCents(), "booking-cancelled-" + envelope.id(),
				cancelled.reason());
	}

	/**
	 * Runs in the consumer's transaction: a booking moved to a cheaper time gives back
	 * what was paid beyond its new price, as the booking decided ({@code refundCents}, 0
	 * when nothing was paid beyond it).
	 */
	public Mono<Void> bookingRepriced(BookingFeeCharged repriced, EventEnvelope envelope) {
		if (repriced.refundCents() <= 0) {
			return Mono.empty();
		}
		return refundApplied(repriced.bookingId(), repriced.refundCents(), "booking-repriced-" + envelope.id(),
				"the booking moved to a time that costs less");
	}

	/**
	 * Runs in the consumer's transaction: what an expired booking took (a part payment)
	 * goes back in full.
	 */
	public Mono<Void> bookingExpired(BookingExpired expired, EventEnvelope envelope) {
		return refundApplied(expired.bookingId(), Long.MAX_VALUE, "booking-expired-" + envelope.id(),
				"the booking expired before it was paid in full");
	}

	/**
	 * Runs in the consumer's transaction: a payment the booking did not take (it closed
	 * meanwhile, or the payment was in another currency) no longer counts towards it and
	 * goes back in full.
	 */
	public Mono<Void> paymentNotApplied(PaymentNotApplied notApplied, EventEnvelope envelope) {
		return payments.byIdForUpdate(notApplied.paymentId())
			.flatMap(locked -> payments.applied(locked.payment().id(), false)
				.then(refunds.ofPayment(locked.payment().id()).collectList())
				.flatMap(earlier -> RefundRules.refundable(locked.payment(), earlier) <= 0 ? Mono.empty()
						: decide(locked,
								RefundRequest.full("not-applied",
										"the booking did not take the payment (" + notApplied.bookingStatus() + ")"))))
			.then();
	}

	private Mono<Void> refundApplied(UUID bookingId, long upToCents, String requestKey, String reason) {
		AtomicLong left = new AtomicLong(upToCents);
		return payments.appliedForBooking(bookingId)
			.concatMap(
					applied -> left.get() <= 0 ? Mono.<Refund>empty() : payments.byIdForUpdate(applied.payment().id())
						.flatMap(locked -> refunds.ofPayment(locked.payment().id()).collectList().flatMap(earlier -> {
							long owed = Math.min(left.get(), RefundRules.refundable(locked.payment(), earlier));
							if (owed <= 0) {
								return Mono.<Refund>empty();
							}
							left.addAndGet(-owed);
							return decide(locked, RefundRequest.partial(requestKey, owed, reason));
						})))
			.then();
	}

	public Mono<Refund> send(Refund refund) {
		return payments.byId(refund.paymentId())
			.flatMap(stored -> stripe.refund(stored.payment().paymentIntentId(), refund.amountCents(),
					refund.idempotencyKey(), refund.reason()))
			.flatMap(sent -> refunds.settle(refund,
					"failed".equals(sent.status()) || "canceled".equals(sent.status()) ? RefundStatus.FAILED
							: RefundStatus.SUCCEEDED,
					sent.id()))
			.onErrorResume(StripeRefused.class, refused -> {
				log.warn("Stripe refused refund {}: {}", refund.id(), refused.getMessage());
				return refunds.settle(refund, RefundStatus.FAILED, null);
			})
			.onErrorResume(failure -> !(failure instanceof StripeRefused), failure -> {
				log.warn("Refund {} not sent yet: {}", refund.id(), failure.getMessage());
				return refunds.sendingFailed(refund.id(), failure.getMessage(), properties.workInterval())
					.thenReturn(refund);
			});
	}

	private Mono<Refund> decide(StoredPayment locked, RefundRequest request) {
		return refunds.ofPayment(locked.payment().id()).collectList().flatMap(earlier -> {
			RefundDecision decision = RefundRules.decide(locked.payment(), earlier, request);
			if (decision instanceof RefundDecision.Issue issue) {
				return refunds
					.insert(Refund.requested(UUID.randomUUID(), locked.payment().id(), request, issue.amountCents()));
			}
			if (decision instanceof RefundDecision.Replay replay) {
				return Mono.just(replay.refund());
			}
			RefundDecision.Refuse refuse = (RefundDecision.Refuse) decision;
			return Mono.error(refused(refuse));
		});
	}

	private static ApiException refused(RefundDecision.Refuse refuse) {
		Map<String, Object> details = Map.of("reason", refuse.reason().name(), "refundableCents",
				refuse.refundableCents());
		return switch (refuse.reason()) {
			case NOT_CAPTURED -> new ApiException(HttpStatus.CONFLICT, "INVALID_STATE_TRANSITION",
					"nothing was captured on this payment", null, details);
			case KEY_REUSED_FOR_ANOTHER_AMOUNT -> new ApiException(HttpStatus.UNPROCESSABLE_ENTITY,
					"IDEMPOTENCY_KEY_REUSED", "this Idempotency-Key was used for another amount", null, details);
			case NOT_POSITIVE -> new ApiException(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED",
					"a refund gives back a positive amount", "amountCents", details);
			case EXCEEDS_REFUNDABLE, NOTHING_LEFT ->
				new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "POLICY_VIOLATION",
						"at most " + refuse.refundableCents() + " can still be refunded", "amountCents", details);
		};
	}

}
