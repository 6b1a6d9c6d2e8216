package org.bookingfleet.payment.stripe;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.bookingfleet.payment.intent.app.IntentCancellation;
import org.bookingfleet.payment.intent.app.IntentCreation;
import org.bookingfleet.payment.intent.app.Payments;
import org.bookingfleet.payment.refund.app.RefundIssuing;
import org.bookingfleet.payment.refund.app.Refunds;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The work waiting for Stripe, taken up again from the database: PaymentIntents not yet
 * created or not yet canceled, and refunds not yet sent. Each item is claimed for a
 * lease, so instances polling together do not call Stripe twice for it, and the
 * idempotency keys make a repeated call harmless anyway.
 */
@Component
class StripeWork implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(StripeWork.class);

	private static final int BATCH = 20;

	private final Payments payments;

	private final IntentCreation creation;

	private final IntentCancellation cancellation;

	private final Refunds refunds;

	private final RefundIssuing refundIssuing;

	private final StripeProperties properties;

	private volatile Disposable polling;

	StripeWork(Payments payments, IntentCreation creation, IntentCancellation cancellation, Refunds refunds,
			RefundIssuing refundIssuing, StripeProperties properties) {
		this.payments = payments;
		this.creation = creation;
		this.cancellation = cancellation;
		this.refunds = refunds;
		this.refundIssuing = refundIssuing;
		this.properties = properties;
	}

	@Override
	public void start() {
		polling = Flux.interval(properties.workInterval())
			.onBackpressureDrop()
			.concatMap(tick -> round().onErrorResume(failure -> {
				log.warn("Stripe work round failed: {}", failure.getMessage());
				return Mono.empty();
			}))
			.subscribe();
	}

	Mono<Void> round() {
		return payments.claimWaitingForStripe(BATCH, properties.workLease())
			.concatMap(creation::create)
			.thenMany(payments.claimWaitingForCancel(BATCH, properties.workLease()).concatMap(cancellation::cancel))
			.thenMany(refunds.claimWaitingForStripe(BATCH, properties.workLease()).concatMap(refundIssuing::send))
			.then();
	}

	@Override
	public void stop() {
		Disposable running = polling;
		if (running != null) {
			running.dispose();
		}
		polling = null;
	}

	@Override
	public boolean isRunning() {
		return polling != null && !polling.isDisposed();
	}

}
