package org.bookingfleet.payment.billing.internal.store;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.stripe.model.Event;
import org.bookingfleet.payment.billing.internal.stripe.StripeProperties;
import org.bookingfleet.payment.billing.webhook.ReceivedStripeEvent;
import org.bookingfleet.payment.billing.webhook.StripeEventReading;
import org.bookingfleet.payment.billing.webhook.StripeSignatureCheck;
import org.bookingfleet.payment.billing.webhook.WebhookVerdict;
import org.bookingfleet.platform.web.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Takes in a Stripe webhook: the signature is checked first and a refused one stores
 * nothing; then the event id is stored and the event handled in one transaction, so a
 * redelivery, however concurrent, is handled once.
 */
@Service
public class WebhookIntake {

	private final StripeSignatureCheck signatures;

	private final StripeEvents events;

	private final Payments payments;

	private final DueBookings dueBookings;

	private final PaymentProgressRecording updates;

	private final TransactionalOperator transaction;

	public WebhookIntake(StripeProperties properties, Clock clock, StripeEvents events, Payments payments,
			DueBookings dueBookings, PaymentProgressRecording updates, TransactionalOperator transaction) {
		this.signatures = new StripeSignatureCheck(properties.webhookSecret(), clock);
		this.events = events;
		this.payments = payments;
		this.dueBookings = dueBookings;
		this.updates = updates;
		this.transaction = transaction;
	}

	/** Emits whether this delivery was the event's first. */
	public Mono<Boolean> receive(String payload, String signatureHeader) {
		WebhookVerdict verdict = signatures.verify(payload, signatureHeader);
		if (verdict instanceof WebhookVerdict.Refused refused) {
			return Mono.error(new ApiException(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED",
					"Stripe-Signature refused: " + refused.reason(), "Stripe-Signature", Map.of()));
		}
		Event event = ((WebhookVerdict.Verified) verdict).event();
		if (event.getId() == null || event.getType() == null) {
			return Mono.error(new ApiException(HttpStatus.BAD_REQUEST, "MALFORMED_REQUEST",
					"a Stripe event has an id and a type"));
		}
		Optional<ReceivedStripeEvent> read = StripeEventReading.read(event);
		String intentId = read.map(ReceivedStripeEvent::paymentIntentId).orElse(null);
		return transaction.transactional(events.storeOnce(event.getId(), event.getType(), intentId)
			.flatMap(first -> first && read.isPresent() ? handle(read.get()).thenReturn(true) : Mono.just(first)));
	}

	/**
	 * Locks the booking before its payment, the order every writer of both follows, so
	 * none waits on another.
	 */
	private Mono<StoredPayment> handle(ReceivedStripeEvent event) {
		return payments.byIntent(event.paymentIntentId())
			.switchIfEmpty(Mono.defer(() -> byMetadata(event)))
			.flatMap(found -> dueBookings.byIdForUpdate(found.payment().bookingId())
				.then(payments.byIdForUpdate(found.payment().id())))
			.filter(locked -> locked.payment().paymentIntentId() == null
					|| locked.payment().paymentIntentId().equals(event.paymentIntentId()))
			.flatMap(locked -> updates.observe(locked, event.paymentIntentId(), event.observation()));
	}

	/**
	 * The intent's answer may not be recorded yet when its first event arrives; its
	 * metadata names the attempt.
	 */
	private Mono<StoredPayment> byMetadata(ReceivedStripeEvent event) {
		if (event.bookingId() == null || event.attempt() == null) {
			return Mono.empty();
		}
		try {
			UUID bookingId = UUID.fromString(event.bookingId());
			int attempt = Integer.parseInt(event.attempt());
			return payments.byAttempt(bookingId, attempt).filter(stored -> stored.payment().paymentIntentId() == null);
		}
		catch (IllegalArgumentException notOurs) {
			return Mono.empty();
		}
	}

}
