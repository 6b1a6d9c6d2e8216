package org.bookingfleet.booking.bookings.internal.messaging;

import java.time.Clock;
import java.util.UUID;

import org.bookingfleet.booking.audit.AuditEntry;
import org.bookingfleet.booking.audit.Origin;
import org.bookingfleet.booking.bookings.AuditDiff;
import org.bookingfleet.booking.bookings.Booking;
import org.bookingfleet.booking.bookings.BookingEvent;
import org.bookingfleet.booking.bookings.ChangeOutcome;
import org.bookingfleet.booking.bookings.Decision;
import org.bookingfleet.booking.bookings.NewPrices;
import org.bookingfleet.booking.bookings.internal.store.AuditTrail;
import org.bookingfleet.booking.bookings.internal.store.BookingEventContracts;
import org.bookingfleet.booking.bookings.internal.store.BookingInvoices;
import org.bookingfleet.booking.bookings.internal.store.BookingTransitions;
import org.bookingfleet.booking.bookings.internal.store.Bookings;
import org.bookingfleet.booking.bookings.internal.store.FeeLines;
import org.bookingfleet.booking.bookings.internal.store.SeriesStore;
import org.bookingfleet.booking.lifecycle.PaymentVerdict;
import org.bookingfleet.booking.lifecycle.Relation;
import org.bookingfleet.booking.quote.LockedQuote;
import org.bookingfleet.booking.request.Party;
import org.bookingfleet.booking.saga.BookingSaga;
import org.bookingfleet.booking.saga.Compensation;
import org.bookingfleet.booking.saga.SagaInput;
import org.bookingfleet.booking.saga.SagaStep;
import org.bookingfleet.booking.saga.Situation;
import org.bookingfleet.booking.series.OnConflict;
import org.bookingfleet.events.EventEnvelope;
import org.bookingfleet.events.availability.SlotRejected;
import org.bookingfleet.events.availability.SlotReserved;
import org.bookingfleet.events.payment.PaymentSucceeded;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Moves bookings on as the availability and payment services report back. Each handler
 * runs in the transaction that records the event as consumed; an event the booking can no
 * longer take (it was cancelled meanwhile) changes nothing.
 */
@Component
public class SagaHandlers {

	private static final Logger log = LoggerFactory.getLogger(SagaHandlers.class);

	private final BookingTransitions transitions;

	private final Bookings bookings;

	private final SeriesStore series;

	private final AuditTrail audit;

	private final BookingEventContracts announcements;

	private final JsonMapper json;

	private final Clock clock;

	private final BookingInvoices invoices;

	public SagaHandlers(BookingTransitions transitions, Bookings bookings, SeriesStore series, AuditTrail audit,
			BookingEventContracts announcements, JsonMapper json, Clock clock, BookingInvoices invoices) {
		this.invoices = invoices;
		this.transitions = transitions;
		this.bookings = bookings;
		this.series = series;
		this.audit = audit;
		this.announcements = announcements;
		this.json = json;
		this.clock = clock;
	}

	public Mono<Void> slotReserved(SlotReserved event, EventEnvelope envelope) {
		Origin origin = Origin.saga(envelope.source(), envelope.id().toString());
		return bookings.lock(event.bookingId()).flatMap(booking -> {
			SagaStep step = BookingSaga.step(SagaInput.SLOT_RESERVED, situationOf(booking, event.holdId()));
			return switch (step) {
				case RESERVE_SLOT -> settle(transitions.applyLocked(booking, b -> Relation.SAGA, step.action(), origin,
						BookingTransitions.asIs()), envelope);
				case SWAP_SLOT -> moveToRescheduledSlot(booking, event, origin);
				case DROP_SLOT_OF_CLOSED_BOOKING -> keep(booking, "slot of a closed booking not taken", origin);
				default -> Mono.error(new IllegalStateException(step + " is not an answer to SlotReserved"));
			};
		});
	}

	public Mono<Void> slotRejected(SlotRejected event, EventEnvelope envelope) {
		Origin origin = Origin.saga(envelope.source(), envelope.id().toString());
		return bookings.lock(event.bookingId()).flatMap(booking -> {
			SagaStep step = BookingSaga.step(SagaInput.SLOT_REJECTED, situationOf(booking, event.holdId()));
			if (step.compensation() == Compensation.KEEP_OLD_SLOT) {
				return keep(booking, event.reason(), origin);
			}
			return transitions
				.applyLocked(booking, b -> Relation.SAGA, step.action(), origin,
						(before, after) -> Mono.just(after.with(after.progress().withReason(event.reason()))))
				.flatMap(outcome -> outcome instanceof ChangeOutcome.Changed
						&& step.compensation() == Compensation.CANCEL_OTHER_OCCURRENCES
						&& booking.details().seriesId() != null ? failSeriesIfAllOrNothing(booking, origin)
								: settle(Mono.just(outcome), envelope));
		});
	}

	/**
	 * Whose hold an answer of the availability service is about: the booking's own, or
	 * the one of the reschedule it runs.
	 */
	private static Situation situationOf(Booking booking, UUID holdId) {
		return Situation.ofHold(holdId.equals(booking.progress().pendingHoldId()),
				booking.progress().status().isTerminal());
	}

	/**
	 * A series whose {@link OnConflict} says so is all or nothing: one lost occurrence
	 * cancels the others.
	 */
	private Mono<Void> failSeriesIfAllOrNothing(Booking rejected, Origin origin) {
		UUID seriesId = rejected.details().seriesId();
		return series.onConflict(seriesId)
			.map(OnConflict::valueOf)
			.filter(OnConflict::losingOneCancelsTheRest)
			.flatMapMany(fail -> series.members(seriesId))
			.filter(member -> !member.details().id().equals(rejected.details().id()))
			.filter(member -> !member.progress().status().isTerminal())
			.concatMap(member -> transitions.apply(member.details().id(), b -> Relation.SAGA,
					SagaStep.CANCEL_OCCURRENCE.action(), origin,
					(before, after) -> Mono.just(after.with(after.progress()
						.withRefund(before.progress().paidCents(),
								"another occurrence of the series could not be booked")))))
			.then();
	}

	/**
	 * A payment counts once (by its payment id) and only towards what is due now: it
	 * confirms an awaiting booking when it covers the balance, is recorded as paid in
	 * part when it does not, settles a fee of a confirmed booking without changing its
	 * status, and is handed back ({@code PaymentNotApplied}) when the booking does not
	 * take it. The invoice the payment names is kept before the booking moves, so the
	 * confirmation it brings names it.
	 */
	public Mono<Void> paymentSucceeded(PaymentSucceeded event, EventEnvelope envelope) {
		Origin origin = Origin.saga(envelope.source(), envelope.id().toString());
		return bookings.lock(event.bookingId()).flatMap(booking -> {
			PaymentVerdict verdict = booking.balance()
				.receive(event.amountCents(), event.currency(), booking.progress().status());
			return bookings
				.paymentHeard(event.bookingId(), event.paymentId(), event.paymentIntentId(), event.amountCents(),
						event.currency(), verdict instanceof PaymentVerdict.NotApplied ? "NOT_APPLIED" : "APPLIED",
						clock.instant())
				.flatMap(first -> {
					if (!first) {
						log.info("payment {} of booking {} was counted before", event.paymentId(), event.bookingId());
						return Mono.<Void>empty();
					}
					Mono<Void> invoice = verdict instanceof PaymentVerdict.NotApplied ? Mono.empty()
							: invoices.record(event.bookingId(), event.invoiceNumber(), clock.instant());
					return invoice.then(apply(booking, event, verdict, origin, envelope));
				});
		});
	}

	private Mono<Void> apply(Booking booking, PaymentSucceeded event, PaymentVerdict verdict, Origin origin,
			EventEnvelope envelope) {
		SagaStep step = BookingSaga.step(SagaInput.PAYMENT_SUCCEEDED, Situation.ofPayment(verdict));
		if (verdict instanceof PaymentVerdict.NotApplied notApplied) {
			return returnPayment(booking, event, notApplied.reason(), origin);
		}
		long paid = verdict instanceof PaymentVerdict.Covers covers ? covers.paidCents()
				: ((PaymentVerdict.Partial) verdict).paidCents();
		return settle(transitions.apply(event.bookingId(), b -> Relation.SAGA, step.action(), origin,
				(before, after) -> Mono.just(after.with(after.progress().withPaid(paid)))), envelope);
	}

	/** Money the booking does not take goes back; the booking itself does not change. */
	private Mono<Void> returnPayment(Booking booking, PaymentSucceeded event, String reason, Origin origin) {
		String status = booking.progress().status().name();
		return announcements
			.announce(booking.announce(new BookingEvent.PaymentReturned(booking, event.paymentId(),
					event.paymentIntentId(), event.amountCents(), event.currency())))
			.then(audit.append(new AuditEntry(event.bookingId(), "PAYMENT_NOT_APPLIED", status, status, origin,
					"{\"paymentId\":\"" + event.paymentId() + "\",\"amountCents\":" + event.amountCents()
							+ ",\"currency\":" + AuditDiff.text(event.currency()) + ",\"reason\":"
							+ AuditDiff.text(reason) + "}",
					clock.instant())));
	}

	/**
	 * A booking closed while its reschedule ran keeps its slot on record; the
	 * availability service releases both. The new slot comes with the new time's quote:
	 * the booking takes its price (keeping the old one as its previous snapshot) and asks
	 * for the same share of it now, announced to be paid. The fee of a late reschedule
	 * joins the price as a line, and is announced too. A move that changes the party
	 * takes the new attendees and their seats with the slot.
	 */
	private Mono<Void> moveToRescheduledSlot(Booking booking, SlotReserved event, Origin origin) {
		Booking moved = booking
			.with(booking.progress().movedTo(event.start(), event.end(), event.holdId(), clock.instant()));
		return bookings.pendingChange(booking.details().id())
			.map(pending -> NewPrices.priced(withParty(moved, pending.attendees()),
					json.readValue(pending.quote(), LockedQuote.class), pending.quote()))
			.defaultIfEmpty(moved)
			.flatMap(priced -> charge(booking, priced, origin));
	}

	/**
	 * The party the move brought, if it brought one: its attendees and the seats they
	 * take.
	 */
	private Booking withParty(Booking moved, String attendees) {
		return attendees == null ? moved
				: moved.with(moved.details().withParty(Party.seatsFor(json.readTree(attendees).size()), attendees));
	}

	private Mono<Void> charge(Booking booking, Booking moved, Origin origin) {
		Decision decision = booking.takeRescheduledSlot(moved,
				fee -> FeeLines.adding(moved.progress().charges(), fee, json));
		boolean repriced = !decision.after().details().quote().equals(booking.details().quote());
		return saveWithAudit(booking, decision.after(), SagaStep.SWAP_SLOT.action().name(), origin)
			.flatMap(stored -> (repriced ? bookings.reprice(stored.details(), booking.details().quote())
					: Mono.<Void>empty())
				.then(announcements.announce(decision)));
	}

	private Mono<Void> keep(Booking booking, String reason, Origin origin) {
		Booking kept = booking.with(booking.progress().withPendingHold(null, null, clock.instant()).withReason(reason));
		return saveWithAudit(booking, kept, "RESCHEDULE_FAILED", origin).then();
	}

	private Mono<Booking> saveWithAudit(Booking before, Booking after, String action, Origin origin) {
		String status = before.progress().status().name();
		return bookings.update(after, before.progress().version())
			.flatMap(saved -> audit
				.append(new AuditEntry(saved.details().id(), action, status, status, origin,
						AuditDiff.between(before, saved), clock.instant()))
				.thenReturn(saved));
	}

	private static Mono<Void> settle(Mono<ChangeOutcome> outcome, EventEnvelope envelope) {
		return outcome.doOnNext(result -> {
			if (result instanceof ChangeOutcome.Refused refused) {
				log.info("{} {} changes nothing: {}", envelope.type(), envelope.subject(), refused.reason());
			}
		}).then();
	}

}
