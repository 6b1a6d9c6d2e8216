package org.bookingfleet.payment.billing.internal.store;

import org.bookingfleet.payment.billing.intent.Payment;
import org.bookingfleet.payment.billing.intent.PaymentObservation;
import org.bookingfleet.payment.billing.intent.PaymentStatus;
import org.bookingfleet.payment.billing.internal.stripe.StripeGateway;
import org.bookingfleet.payment.billing.internal.stripe.StripeProperties;
import org.bookingfleet.payment.billing.stripe.StripeRefused;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Creates the PaymentIntent of a stored attempt. Stripe is called outside any
 * transaction, with the attempt's idempotency key; when Stripe cannot be reached the
 * attempt stays waiting in the database and is tried again, less often the longer it
 * fails. When Stripe refuses the intent, the attempt fails and says why.
 */
@Service
public class IntentCreation {

	private static final Logger log = LoggerFactory.getLogger(IntentCreation.class);

	private final Payments payments;

	private final StripeGateway stripe;

	private final StripeProperties properties;

	private final DueBookings dueBookings;

	private final PaymentProgressRecording updates;

	private final TransactionalOperator transaction;

	public IntentCreation(Payments payments, StripeGateway stripe, StripeProperties properties, DueBookings dueBookings,
			PaymentProgressRecording updates, TransactionalOperator transaction) {
		this.payments = payments;
		this.stripe = stripe;
		this.properties = properties;
		this.dueBookings = dueBookings;
		this.updates = updates;
		this.transaction = transaction;
	}

	public Mono<StoredPayment> create(StoredPayment stored) {
		Payment payment = stored.payment();
		if (payment.status() != PaymentStatus.CREATING) {
			return Mono.just(stored);
		}
		return stripe.createIntent(payment.attempt(), payment.amount(), "Booking " + payment.bookingId())
			.flatMap(intent -> payments.intentCreated(payment.id(), intent.id(), intent.clientSecret()))
			.then(payments.byId(payment.id()))
			.onErrorResume(StripeRefused.class, refused -> {
				log.warn("Stripe refused the PaymentIntent of payment {}: {}", payment.id(), refused.getMessage());
				return transaction.transactional(
						dueBookings.byIdForUpdate(payment.bookingId())
							.then(payments.byIdForUpdate(payment.id()))
							.flatMap(locked -> updates.observe(locked, null,
									new PaymentObservation.IntentFailed(
											refused.code() == null ? "stripe_refused" : refused.code(),
											refused.getMessage()))));
			})
			.onErrorResume(failure -> !(failure instanceof StripeRefused), failure -> {
				log.warn("PaymentIntent of payment {} not created yet: {}", payment.id(), failure.getMessage());
				return payments.creationFailed(payment.id(), failure.getMessage(), properties.workInterval())
					.thenReturn(stored);
			});
	}

}
