package org.bookingfleet.booking.bookings;

import java.time.Clock;
import org.bookingfleet.booking.audit.AuditEntry;
import org.bookingfleet.booking.audit.AuditTrail;
import org.bookingfleet.booking.audit.Origin;
import org.bookingfleet.booking.lifecycle.Action;
import org.bookingfleet.booking.lifecycle.Relation;
import org.bookingfleet.events.EventEnvelope;
import org.bookingfleet.events.availability.SlotRejected;
import org.bookingfleet.events.availability.SlotReserved;
import org.bookingfleet.events.payment.PaymentSucceeded;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Moves bookings on as the availability and payment services report back. Each handler runs in the transaction that
 * records the event as consumed; an event the booking can no longer take (it was cancelled meanwhile) changes nothing.
 */
@Component
public class BookingSaga {

    private static final Logger log = LoggerFactory.getLogger(BookingSaga.class);

    private final BookingTransitions transitions;
    private final Bookings bookings;
    private final AuditTrail audit;
    private final Clock clock;

    public BookingSaga(BookingTransitions transitions, Bookings bookings, AuditTrail audit, Clock clock) {
        this.transitions = transitions;
        this.bookings = bookings;
        this.audit = audit;
        this.clock = clock;
    }

    public Mono<Void> slotReserved(SlotReserved event, EventEnvelope envelope) {
        Origin origin = Origin.saga(envelope.source(), envelope.id().toString());
        return bookings.lock(event.bookingId())
                .flatMap(booking -> event.holdId().equals(booking.progress().pendingHoldId())
                        ? moveToRescheduledSlot(booking, event, origin)
                        : settle(transitions.apply(event.bookingId(), b -> Relation.SAGA, Action.RESERVE_SLOT, origin,
                                BookingTransitions.asIs()), envelope));
    }

    public Mono<Void> slotRejected(SlotRejected event, EventEnvelope envelope) {
        Origin origin = Origin.saga(envelope.source(), envelope.id().toString());
        return bookings.lock(event.bookingId())
                .flatMap(booking -> event.holdId().equals(booking.progress().pendingHoldId())
                        ? keepOldSlot(booking, event, origin)
                        : settle(transitions.apply(event.bookingId(), b -> Relation.SAGA, Action.REJECT_SLOT, origin,
                                (before, after) -> Mono.just(after.with(after.progress().withReason(event.reason())))), envelope));
    }

    public Mono<Void> paymentSucceeded(PaymentSucceeded event, EventEnvelope envelope) {
        Origin origin = Origin.saga(envelope.source(), envelope.id().toString());
        return settle(transitions.apply(event.bookingId(), b -> Relation.SAGA, Action.RECORD_PAYMENT, origin,
                (before, after) -> Mono.just(after.with(after.progress().withPayment(event.amountCents())))), envelope);
    }

    private Mono<Void> moveToRescheduledSlot(Booking booking, SlotReserved event, Origin origin) {
        Booking moved = booking.with(booking.progress().movedTo(event.start(), event.end(), event.holdId(), clock.instant()));
        return saveWithAudit(booking, moved, Action.SWAP_SLOT, origin);
    }

    private Mono<Void> keepOldSlot(Booking booking, SlotRejected event, Origin origin) {
        Booking kept = booking.with(booking.progress().withPendingHold(null, clock.instant()).withReason(event.reason()));
        return saveWithAudit(booking, kept, Action.RESCHEDULE, origin);
    }

    private Mono<Void> saveWithAudit(Booking before, Booking after, Action action, Origin origin) {
        String status = before.progress().status().name();
        return bookings.update(after, before.progress().version())
                .flatMap(saved -> audit.append(new AuditEntry(saved.details().id(), action.name(), status, status, origin,
                        AuditChanges.between(before, saved), clock.instant())))
                .then();
    }

    private static Mono<Void> settle(Mono<ChangeOutcome> outcome, EventEnvelope envelope) {
        return outcome.doOnNext(result -> {
            if (result instanceof ChangeOutcome.Refused refused) {
                log.info("{} {} changes nothing: {}", envelope.type(), envelope.subject(), refused.reason());
            }
        }).then();
    }
}
