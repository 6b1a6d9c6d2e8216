package org.bookingfleet.booking.bookings;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bookingfleet.booking.catalog.KnownHolds;
import org.bookingfleet.booking.lifecycle.Action;
import org.bookingfleet.booking.lifecycle.BookingStatus;
import org.bookingfleet.booking.lifecycle.Relation;
import org.bookingfleet.booking.policy.CancellationDecision;
import org.bookingfleet.booking.policy.ChangeRequester;
import org.bookingfleet.booking.policy.Charges;
import org.bookingfleet.booking.policy.RescheduleDecision;
import org.bookingfleet.booking.request.BookingRequestRules;
import org.bookingfleet.booking.request.FieldError;
import org.bookingfleet.booking.terms.ChangePolicies;
import org.bookingfleet.events.booking.BookingRescheduled;
import org.bookingfleet.platform.outbox.Outbox;
import org.bookingfleet.platform.web.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/** Changes people ask for through the API: cancel under the policy, reschedule to a new hold, provider transitions. */
@Component
public class BookingChanges {

    /** How long a reschedule waits for a hold granted a moment ago to become known here. */
    private static final java.time.Duration HOLD_WAIT = java.time.Duration.ofSeconds(3);

    private final BookingTransitions transitions;
    private final ChangePolicies policies;
    private final KnownHolds holds;
    private final Series series;
    private final Outbox outbox;
    private final TransactionalOperator transaction;
    private final Clock clock;

    public BookingChanges(BookingTransitions transitions, ChangePolicies policies, KnownHolds holds, Series series, Outbox outbox,
            TransactionalOperator transaction, Clock clock) {
        this.transitions = transitions;
        this.policies = policies;
        this.holds = holds;
        this.series = series;
        this.outbox = outbox;
        this.transaction = transaction;
        this.clock = clock;
    }

    public Mono<Booking> cancel(UUID id, Viewer viewer, String reason) {
        return transaction.transactional(transitions.apply(id, viewer::relationTo, Action.CANCEL, viewer.origin(),
                        (before, after) -> policies.policyFor(before.details().serviceId(), before.details().providerId())
                                .flatMap(policy -> {
                                    CancellationDecision decision = policy.cancel(charges(before), before.progress().startsAt(),
                                            clock.instant(), requester(viewer.relationTo(before)));
                                    if (decision instanceof CancellationDecision.Refused refused) {
                                        return Mono.error(Refusals.policyViolation(refused.reason()));
                                    }
                                    long refund = ((CancellationDecision.Refund) decision).refundCents();
                                    return Mono.just(after.with(after.progress().withRefund(refund, reason)));
                                }))
                .flatMap(Refusals::orError));
    }

    /** Cancels this occurrence and every later open one of its series, each under the policy, all or none. */
    public Mono<Booking> cancelFromHereOn(UUID id, Viewer viewer, String reason) {
        return transaction.transactional(cancel(id, viewer, reason)
                .flatMap(cancelled -> cancelled.details().seriesId() == null ? Mono.just(cancelled)
                        : series.members(cancelled.details().seriesId())
                                .filter(member -> member.details().seriesIndex() > cancelled.details().seriesIndex())
                                .filter(member -> !member.progress().status().isTerminal())
                                .concatMap(member -> cancel(member.details().id(), viewer, reason))
                                .then(Mono.just(cancelled))));
    }

    /** Changes the contact or notes of an open booking; {@code null} fields stay as they are. */
    public Mono<Booking> updateDetails(UUID id, Viewer viewer, String name, String email, String phone, String notes) {
        List<FieldError> errors = BookingRequestRules.checkDetails(name, email, phone, notes);
        if (!errors.isEmpty()) {
            return Mono.error(ApiException.validation(errors.get(0).field(), errors.get(0).message()));
        }
        return transaction.transactional(transitions.apply(id, viewer::relationTo, Action.UPDATE_DETAILS, viewer.origin(),
                        (before, after) -> Mono.just(after.with(after.details().withContact(name, email, phone, notes))))
                .flatMap(Refusals::orError));
    }

    public Mono<Booking> transition(UUID id, Viewer viewer, BookingStatus wanted, String reason) {
        Action action = Action.toReach(wanted).orElseThrow(() -> ApiException.validation("status",
                "must be CONFIRMED, COMPLETED, NO_SHOW or REJECTED"));
        return transaction.transactional(transitions.apply(id, viewer::relationTo, action, viewer.origin(),
                        (before, after) -> Mono.just(reason == null ? after : after.with(after.progress().withReason(reason))))
                .flatMap(Refusals::orError));
    }

    /**
     * Asks the availability service to book the new hold; the saga swaps the slot, or keeps the old one if that fails.
     * The policy's fee for a late reschedule is decided now, by the notice given now, and charged when the swap succeeds.
     */
    public Mono<Booking> reschedule(UUID id, Viewer viewer, UUID newHoldId) {
        return holds.findWithin(newHoldId, HOLD_WAIT)
                .switchIfEmpty(Mono.error(() -> new ApiException(HttpStatus.CONFLICT, "HOLD_EXPIRED", "no such hold", "holdId",
                        Map.of())))
                .then(transaction.transactional(holds.find(newHoldId)
                .switchIfEmpty(Mono.error(() -> new ApiException(HttpStatus.CONFLICT, "HOLD_EXPIRED", "no such hold", "holdId",
                        Map.of())))
                .flatMap(hold -> transitions.apply(id, viewer::relationTo, Action.RESCHEDULE, viewer.origin(),
                                (before, after) -> {
                                    if (before.progress().pendingHoldId() != null) {
                                        return Mono.error(new ApiException(HttpStatus.CONFLICT, "INVALID_STATE_TRANSITION",
                                                "a reschedule is already running", null, Map.of()));
                                    }
                                    if (!hold.serviceId().equals(before.details().serviceId())
                                            || hold.providerId() != before.details().providerId()
                                            || hold.seats() < before.details().seats()
                                            || !hold.expiresAt().isAfter(clock.instant())) {
                                        return Mono.error(ApiException.validation("holdId",
                                                "the hold must be a live hold of the same service, provider and party size"));
                                    }
                                    return policies.policyFor(before.details().serviceId(), before.details().providerId())
                                            .flatMap(policy -> {
                                                RescheduleDecision decision = policy.reschedule(charges(before),
                                                        before.progress().startsAt(), clock.instant(), requester(viewer.relationTo(before)));
                                                if (decision instanceof RescheduleDecision.Refused refused) {
                                                    return Mono.error(Refusals.policyViolation(refused.reason()));
                                                }
                                                long fee = ((RescheduleDecision.Allowed) decision).feeCents();
                                                return Mono.just(after.with(after.progress().withPendingHold(newHoldId,
                                                        fee > 0 ? fee : null, clock.instant())));
                                            });
                                })
                        .flatMap(Refusals::orError)
                        .flatMap(booking -> outbox.append(new BookingRescheduled(id, booking.details().serviceId(),
                                        booking.details().providerId(), newHoldId, booking.progress().startsAt(),
                                        booking.progress().endsAt(), hold.start(), hold.end(), booking.details().timeZone()),
                                id.toString(), booking.progress().version())
                                .thenReturn(booking)))));
    }

    private static Charges charges(Booking booking) {
        BookingDetails d = booking.details();
        return new Charges(d.totalCents(), Math.min(d.depositCents(), d.totalCents()), booking.progress().feesCents(),
                booking.progress().paidCents(), d.currency());
    }

    private static ChangeRequester requester(Relation relation) {
        return switch (relation) {
            case ADMIN -> ChangeRequester.ADMIN;
            case OWN_PROVIDER, SAGA -> ChangeRequester.PROVIDER;
            default -> ChangeRequester.CUSTOMER;
        };
    }
}
