package org.bookingfleet.booking.bookings;

import java.time.Clock;
import org.bookingfleet.booking.BookingSettings;
import org.bookingfleet.booking.audit.Origin;
import org.bookingfleet.booking.idempotency.IdempotencyRules;
import org.bookingfleet.booking.lifecycle.Action;
import org.bookingfleet.booking.lifecycle.Relation;
import org.bookingfleet.platform.PeriodicWork;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Expires bookings whose payment window has passed; their {@code BookingExpired} releases the slot. Several instances
 * can sweep at once: each takes the rows no other instance has locked. Idempotency keys past their lifetime go too.
 */
@Component
class PaymentDeadlines extends PeriodicWork {

    private static final int BATCH = 50;

    private final Bookings bookings;
    private final IdempotencyKeys keys;
    private final IdempotencyRules rules;
    private final BookingTransitions transitions;
    private final TransactionalOperator transaction;
    private final BookingSettings settings;
    private final Clock clock;

    PaymentDeadlines(Bookings bookings, IdempotencyKeys keys, IdempotencyRules rules, BookingTransitions transitions, TransactionalOperator transaction, BookingSettings settings,
            Clock clock) {
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
        Origin origin = new Origin("SYSTEM", "payment-window", null, null, null);
        return transaction.transactional(bookings.unpaidPast(clock.instant(), BATCH)
                        .concatMap(id -> transitions.apply(id, booking -> Relation.SAGA, Action.EXPIRE, origin,
                                BookingTransitions.asIs()))
                        .count())
                .flatMap(expired -> keys.forgetOlderThan(clock.instant().minus(rules.keyLifetime())).thenReturn(expired));
    }

}
