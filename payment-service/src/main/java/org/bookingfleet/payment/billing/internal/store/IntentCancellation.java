package org.bookingfleet.payment.billing.internal.store;

import org.bookingfleet.payment.billing.intent.PaymentObservation;
import org.bookingfleet.payment.billing.internal.stripe.StripeGateway;
import org.bookingfleet.payment.billing.internal.stripe.StripeProperties;
import org.bookingfleet.payment.billing.stripe.StripeRefused;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Cancels the open attempt of a booking that expired or was cancelled, so its
 * PaymentIntent can no longer be paid. An attempt whose intent Stripe never created is
 * canceled here alone; Stripe refusing (the intent was paid in the meantime) leaves the
 * payment to its webhook.
 */
@Service
public class IntentCancellation {

	private static final Logger log = LoggerFactory.getLogger(IntentCancellation.class);

	private final Payments payments;

	private final PaymentProgressRecording updates;

	private final StripeGateway stripe;

	private final StripeProperties properties;

	private final TransactionalOperator transaction;

	public IntentCancellation(Payments payments, PaymentProgressRecording updates, StripeGateway stripe,
			StripeProperties properties, TransactionalOperator transaction) {
		this.payments = payments;
		this.updates = updates;
		this.stripe = stripe;
		this.properties = properties;
		this.transaction = transaction;
	}

	public Mono<StoredPayment> cancel(StoredPayment stored) {
		String intentId = stored.payment().paymentIntentId();
		Mono<Void> atStripe = intentId == null ? Mono.empty() : stripe.cancelIntent(intentId).then();
		return atStripe
			.then(transaction.transactional(payments.byIdForUpdate(stored.payment().id())
				.flatMap(locked -> updates.observe(locked, intentId, new PaymentObservation.IntentCanceled()))))
			.onErrorResume(StripeRefused.class, refused -> {
				log.info("Stripe would not cancel {}: {}", intentId, refused.getMessage());
				return payments.cancelGivenUp(stored.payment().id()).thenReturn(stored);
			})
			.onErrorResume(failure -> !(failure instanceof StripeRefused),
					failure -> payments
						.retryLater(stored.payment().id(), failure.getMessage(), properties.workInterval())
						.thenReturn(stored));
	}

}
