package org.bookingfleet.booking.bookings.internal.store;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.bookingfleet.booking.BookingSettings;
import org.bookingfleet.booking.audit.AuditEntry;
import org.bookingfleet.booking.audit.Origin;
import org.bookingfleet.booking.bookings.AuditDiff;
import org.bookingfleet.booking.bookings.Booking;
import org.bookingfleet.booking.bookings.ChangeOutcome;
import org.bookingfleet.booking.bookings.Decision;
import org.bookingfleet.booking.bookings.internal.messaging.LiveStatusFeed;
import org.bookingfleet.booking.bookings.internal.store.AuditTrail;
import org.bookingfleet.booking.lifecycle.Action;
import org.bookingfleet.booking.lifecycle.BookingStatus;
import org.bookingfleet.booking.lifecycle.Refusal;
import org.bookingfleet.booking.lifecycle.Relation;
import org.bookingfleet.booking.lifecycle.Transition;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The one way a booking changes status: lock it, ask the state machine, write the change,
 * its audit entry and its event. Runs inside the caller's transaction (a request's or a
 * consumed event's).
 */
@Component
public class BookingTransitions {

	private final Bookings bookings;

	private final AuditTrail audit;

	private final BookingEventContracts announcements;

	private final BookingSettings settings;

	private final LiveStatusFeed statusChanges;

	private final Clock clock;

	public BookingTransitions(Bookings bookings, AuditTrail audit, BookingEventContracts announcements,
			BookingSettings settings, LiveStatusFeed statusChanges, Clock clock) {
		this.statusChanges = statusChanges;
		this.bookings = bookings;
		this.audit = audit;
		this.announcements = announcements;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * @param adjust completes the changed booking (refund, reason, payment) or fails with
	 * a refusal of its own; it sees the booking before and after the transition
	 */
	public Mono<ChangeOutcome> apply(UUID bookingId, Function<Booking, Relation> relationOf, Action action,
			Origin origin, BiFunction<Booking, Booking, Mono<Booking>> adjust) {
		return bookings.lock(bookingId)
			.flatMap(before -> applyLocked(before, relationOf, action, origin, adjust))
			.defaultIfEmpty(new ChangeOutcome.Refused(Refusal.NOT_FOUND, "no such booking"));
	}

	/**
	 * As {@link #apply}, to a booking the caller has locked in this transaction and not
	 * changed since (a saga step that read it to decide): it is not read again.
	 */
	public Mono<ChangeOutcome> applyLocked(Booking before, Function<Booking, Relation> relationOf, Action action,
			Origin origin, BiFunction<Booking, Booking, Mono<Booking>> adjust) {
		Instant now = clock.instant();
		Transition transition = before.lifecycle().on(action, relationOf.apply(before), now);
		if (transition instanceof Transition.Refused refused) {
			return Mono.just(new ChangeOutcome.Refused(refused.refusal(), refused.reason()));
		}
		Booking moved = before.following((Transition.Accepted) transition, now, settings.paymentWindow());
		return adjust.apply(before, moved)
			.flatMap(after -> record(before, after, action, origin, now))
			.map(ChangeOutcome.Changed::new);
	}

	public static BiFunction<Booking, Booking, Mono<Booking>> asIs() {
		return (before, after) -> Mono.just(after);
	}

	/**
	 * Writes the booking's decision: the changed booking, its audit entry and the events
	 * the decision causes.
	 */
	private Mono<Booking> record(Booking before, Booking after, Action action, Origin origin, Instant now) {
		BookingStatus from = before.progress().status();
		BookingStatus to = after.progress().status();
		Decision decision = before.decide(after, origin.actorType());
		return bookings.update(decision.after(), before.progress().version())
			.flatMap(saved -> audit
				.append(new AuditEntry(saved.details().id(), action.name(), from.name(), to.name(), origin,
						AuditDiff.between(before, saved), now))
				.then(announcements.announce(decision))
				.then(from != to ? statusChanges.tellOnCommit(saved.details().id()) : Mono.empty())
				.thenReturn(saved));
	}

}
