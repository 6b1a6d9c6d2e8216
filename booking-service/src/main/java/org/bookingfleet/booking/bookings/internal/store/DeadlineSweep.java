package org.bookingfleet.booking.bookings.internal.store;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.bookingfleet.booking.BookingSettings;
import org.bookingfleet.booking.audit.Origin;
import org.bookingfleet.booking.idempotency.IdempotencyRules;
import org.bookingfleet.booking.lifecycle.Relation;
import org.bookingfleet.booking.saga.SagaStep;
import org.bookingfleet.platform.PeriodicWork;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Expires bookings whose payment window has passed, and bookings the availability service
 * did not answer within the answer deadline; their {@code BookingExpired} releases the
 * slot (the availability service reads it after the request, so it releases a slot it
 * books late too). Several instances can sweep at once: each takes the rows no other
 * instance has locked. Idempotency keys past their lifetime go too.
 */
@Component
class DeadlineSweep extends PeriodicWork {

	private static final int BATCH = 50;

	private final Bookings bookings;

	private final IdempotencyKeys keys;

	private final IdempotencyRules rules;

	private final BookingTransitions transitions;

	private final TransactionalOperator transaction;

	private final BookingSettings settings;

	private final Clock clock;

	DeadlineSweep(Bookings bookings, IdempotencyKeys keys, IdempotencyRules rules, BookingTransitions transitions,
			TransactionalOperator transaction, BookingSettings settings, Clock clock) {
		super("payment deadline sweep", settings.sweepInterval());
		this.bookings = bookings;
		this.keys = keys;
		this.rules = rules;
		this.transitions = transitions;
		this.transaction = transaction;
		this.settings = settings;
		this.clock = clock;
	}

	@Override
	protected Mono<Long> runOnce() {
		return sweep();
	}

	Mono<Long> sweep() {
		Instant now = clock.instant();
		Mono<Long> expiredUnpaid = expire(bookings.unpaidPast(now, BATCH), SagaStep.EXPIRE_UNPAID, "payment-window",
				"not paid within the payment window");
		Mono<Long> expiredUnanswered = expire(bookings.unansweredSince(now.minus(settings.answerDeadline()), BATCH),
				SagaStep.EXPIRE_UNANSWERED, "answer-deadline",
				"the slot was not confirmed within " + settings.answerDeadline().toSeconds() + " s");
		return expiredUnpaid.flatMap(a -> expiredUnanswered.map(b -> a + b))
			.flatMap(expired -> keys.forgetOlderThan(clock.instant().minus(rules.keyLifetime())).thenReturn(expired));
	}

	/**
	 * Expires the bookings, in one transaction, on behalf of the deadline, with the
	 * reason the customer is shown: the saga's step of that deadline.
	 */
	private Mono<Long> expire(Flux<UUID> overdue, SagaStep step, String deadline, String reason) {
		Origin origin = new Origin("SYSTEM", deadline, null, null, null);
		return transaction
			.transactional(
					overdue
						.concatMap(id -> transitions.apply(id, booking -> Relation.SAGA, step.action(), origin,
								(before, after) -> Mono.just(after.with(after.progress().withReason(reason)))))
						.count());
	}

}
