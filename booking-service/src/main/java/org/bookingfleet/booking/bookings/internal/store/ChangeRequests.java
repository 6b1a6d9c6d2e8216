package org.bookingfleet.booking.bookings.internal.store;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.bookingfleet.booking.bookings.Booking;
import org.bookingfleet.booking.bookings.BookingDetails;
import org.bookingfleet.booking.bookings.BookingEvent;
import org.bookingfleet.booking.bookings.internal.store.ChangePolicies;
import org.bookingfleet.booking.bookings.internal.store.HoldClaims;
import org.bookingfleet.booking.bookings.internal.token.QuoteTokenVerifier;
import org.bookingfleet.booking.bookings.internal.web.Requester;
import org.bookingfleet.booking.lifecycle.Action;
import org.bookingfleet.booking.lifecycle.BookingStatus;
import org.bookingfleet.booking.lifecycle.Relation;
import org.bookingfleet.booking.policy.CancellationDecision;
import org.bookingfleet.booking.policy.ChangeRequester;
import org.bookingfleet.booking.policy.Charges;
import org.bookingfleet.booking.policy.RescheduleDecision;
import org.bookingfleet.booking.request.BookingRequest;
import org.bookingfleet.booking.request.BookingRequestRules;
import org.bookingfleet.booking.request.FieldError;
import org.bookingfleet.booking.request.Party;
import org.bookingfleet.booking.saga.SagaStep;
import org.bookingfleet.platform.tokens.HoldTokens;
import org.bookingfleet.platform.web.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Changes people ask for through the API: cancel under the policy, reschedule to a new
 * hold, provider transitions.
 */
@Component
public class ChangeRequests {

	private final BookingTransitions transitions;

	private final ChangePolicies policies;

	private final HoldClaims claims;

	private final HoldTokens holdTokens;

	private final QuoteTokenVerifier quotes;

	private final Bookings bookings;

	private final SeriesStore series;

	private final BookingEventContracts announcements;

	private final TransactionalOperator transaction;

	private final Clock clock;

	private final JsonMapper json;

	public ChangeRequests(BookingTransitions transitions, ChangePolicies policies, HoldClaims claims,
			HoldTokens holdTokens, QuoteTokenVerifier quotes, Bookings bookings, SeriesStore series,
			BookingEventContracts announcements, TransactionalOperator transaction, JsonMapper json, Clock clock) {
		this.transitions = transitions;
		this.policies = policies;
		this.claims = claims;
		this.holdTokens = holdTokens;
		this.quotes = quotes;
		this.bookings = bookings;
		this.json = json;
		this.series = series;
		this.announcements = announcements;
		this.transaction = transaction;
		this.clock = clock;
	}

	public Mono<Booking> cancel(UUID id, Requester requester, String reason) {
		return transaction.transactional(
				transitions.apply(id, requester::relationTo, SagaStep.CANCEL.action(), requester.origin(),
						(before, after) -> policies
							.policyFor(before.details().serviceId(), before.details().providerId())
							.flatMap(policy -> {
								CancellationDecision decision = policy.cancel(charges(before),
										before.progress().startsAt(), clock.instant(),
										requester(requester.relationTo(before)));
								if (decision instanceof CancellationDecision.Refused refused) {
									return Mono.error(RefusalErrors.policyViolation(refused.reason()));
								}
								long refund = ((CancellationDecision.Refund) decision).refundCents();
								return Mono.just(after.with(after.progress().withRefund(refund, reason)));
							}))
					.flatMap(RefusalErrors::orError));
	}

	/**
	 * Cancels this occurrence and every later open one of its series, each under the
	 * policy, all or none.
	 */
	public Mono<Booking> cancelFromHereOn(UUID id, Requester requester, String reason) {
		return transaction.transactional(cancel(id, requester, reason)
			.flatMap(cancelled -> cancelled.details().seriesId() == null ? Mono.just(cancelled)
					: series.members(cancelled.details().seriesId())
						.filter(member -> member.details().seriesIndex() > cancelled.details().seriesIndex())
						.filter(member -> !member.progress().status().isTerminal())
						.concatMap(member -> cancel(member.details().id(), requester, reason))
						.then(Mono.just(cancelled))));
	}

	/**
	 * Changes the contact or notes of an open booking; {@code null} fields stay as they
	 * are.
	 */
	public Mono<Booking> updateDetails(UUID id, Requester requester, String name, String email, String phone,
			String notes) {
		// the phone is read as typed in the booking's country, so it is checked once the
		// booking is known
		List<FieldError> errors = BookingRequestRules.checkDetails(name, email, null, notes, ZoneOffset.UTC);
		if (!errors.isEmpty()) {
			return Mono.error(ApiException.validation(errors.get(0).field(), errors.get(0).message()));
		}
		return transaction.transactional(transitions
			.apply(id, requester::relationTo, Action.UPDATE_DETAILS, requester.origin(), (before, after) -> {
				ZoneId zone = ZoneId.of(after.details().timeZone());
				String dialable = phone == null ? null : BookingRequestRules.phone(phone, zone).orElse(null);
				if (phone != null && dialable == null) {
					FieldError refused = BookingRequestRules.phoneError(zone);
					return Mono.error(ApiException.validation(refused.field(), refused.message()));
				}
				return Mono.just(after.with(after.details().withContact(name, email, dialable, notes)));
			})
			.flatMap(RefusalErrors::orError));
	}

	/**
	 * Renames the people of an open booking's party, keeping its size: the seats and the
	 * price stay. A party of another size is held and priced with its slot, so it comes
	 * with a reschedule ({@link #reschedule}), never here.
	 */
	public Mono<Booking> renameParty(UUID id, Requester requester, List<BookingRequest.AttendeeRequest> attendees) {
		Party party = BookingRequestRules.party(attendees);
		if (!party.valid()) {
			return Mono.error(RefusalErrors.fieldErrors(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", party.errors()));
		}
		return transaction.transactional(transitions
			.apply(id, requester::relationTo, Action.UPDATE_DETAILS, requester.origin(),
					(before, after) -> party.seats() == before.details().seats()
							? Mono.just(after.with(after.details()
								.withParty(party.seats(), json.writeValueAsString(party.attendees()))))
							: Mono.error(RefusalErrors.partyNeedsSeats(before.details().seats(), party.seats())))
			.flatMap(RefusalErrors::orError));
	}

	public Mono<Booking> transition(UUID id, Requester requester, BookingStatus wanted, String reason) {
		Action action = Action.toReach(wanted)
			.orElseThrow(() -> ApiException.validation("status", "must be CONFIRMED, COMPLETED, NO_SHOW or REJECTED"));
		return transaction.transactional(transitions
			.apply(id, requester::relationTo, action, requester.origin(),
					(before, after) -> Mono
						.just(reason == null ? after : after.with(after.progress().withReason(reason))))
			.flatMap(RefusalErrors::orError));
	}

	/**
	 * Changes where the appointment takes place, at the price of a fresh quote made for
	 * the new address (and for this booking's service, time, length, party, promo code
	 * and customer): the booking takes the new price at once, keeps the old quote as the
	 * previous one, asks for the difference or gives back what was paid beyond the new
	 * price, and the audit entry names both quotes. Nothing changes when the quote does
	 * not match.
	 */
	public Mono<Booking> readdress(UUID id, Requester requester, AddressChange request) {
		Instant now = clock.instant();
		AtomicReference<Booking> previous = new AtomicReference<>();
		return transaction.transactional(transitions.apply(id, requester::relationTo, Action.UPDATE_DETAILS,
				requester.origin(), (before, after) -> Mono.fromCallable(() -> {
					previous.set(before);
					return request.verified(quotes, now).applied(before, after, json);
				}))
			.flatMap(RefusalErrors::orError)
			.flatMap(booking -> bookings.reprice(booking.details(), previous.get().details().quote())
				.then(announceNewPrice(booking, previous.get()))
				.thenReturn(booking)));
	}

	private Mono<Void> announceNewPrice(Booking booking, Booking before) {
		long givenBack = before.progress().paidCents() - booking.progress().paidCents();
		boolean changed = booking.details().totalCents() != before.details().totalCents()
				|| booking.amountDueCents() != before.amountDueCents() || givenBack > 0;
		return changed ? announcements.announce(booking.announce(new BookingEvent.Repriced(booking,
				booking.details().totalCents() - before.details().totalCents(), givenBack))) : Mono.empty();
	}

	/**
	 * Moves the booking to the slot of a new hold, at the price of a fresh quote for the
	 * new time: the same checks as a new booking (the hold's token, the quote bound to
	 * this booking's service, seats, address, promo code and customer), the hold claimed
	 * once. The availability service books the new slot; the saga then swaps the slot and
	 * the price, or keeps the old ones if that fails. The policy's fee for a late
	 * reschedule is decided now, by the notice given now, and charged when the swap
	 * succeeds.
	 */
	public Mono<Booking> reschedule(UUID id, Requester requester, RescheduleRequest request) {
		Instant now = clock.instant();
		AtomicReference<RescheduleRequest.Verified> checked = new AtomicReference<>();
		return transaction.transactional(transitions
			.apply(id, requester::relationTo, SagaStep.RESCHEDULE.action(), requester.origin(),
					(before, after) -> Mono.fromCallable(() -> request.verified(holdTokens, quotes, now))
						.doOnNext(checked::set)
						.flatMap(change -> moveOnto(change, before, after, requester, now)))
			.flatMap(RefusalErrors::orError)
			.flatMap(booking -> announceMove(booking, checked.get())));
	}

	private Mono<Booking> moveOnto(RescheduleRequest.Verified change, Booking before, Booking after,
			Requester requester, Instant now) {
		if (before.progress().pendingHoldId() != null) {
			return Mono.error(new ApiException(HttpStatus.CONFLICT, "INVALID_STATE_TRANSITION",
					"a reschedule is already running", null, Map.of()));
		}
		List<FieldError> wrong = change.mismatchesWith(before, json);
		if (!wrong.isEmpty()) {
			return Mono.error("holdId".equals(wrong.get(0).field())
					? RefusalErrors.fieldErrors(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", wrong)
					: RefusalErrors.quoteInvalid(wrong));
		}
		UUID holdId = change.hold().holdId();
		return policies.policyFor(before.details().serviceId(), before.details().providerId()).flatMap(policy -> {
			RescheduleDecision decision = policy.reschedule(charges(before), before.progress().startsAt(), now,
					requester(requester.relationTo(before)));
			if (decision instanceof RescheduleDecision.Refused refused) {
				return Mono.error(RefusalErrors.policyViolation(refused.reason()));
			}
			long fee = ((RescheduleDecision.Allowed) decision).feeCents();
			String party = change.party() == null ? null : json.writeValueAsString(change.party().attendees());
			return claims.claim(holdId, before.details().id(), now)
				.flatMap(
						owns -> owns
								? bookings.keepPendingChange(before.details().id(),
										json.writeValueAsString(change.quote()), party)
								: Mono.error(RefusalErrors.holdAlreadyUsed()))
				.thenReturn(after.with(after.progress().withPendingHold(holdId, fee > 0 ? fee : null, now)));
		});
	}

	private Mono<Booking> announceMove(Booking booking, RescheduleRequest.Verified change) {
		return announcements.announce(booking
			.announce(new BookingEvent.Rescheduled(booking, change.hold().holdId(), booking.progress().startsAt(),
					booking.progress().endsAt(), change.hold().start(), change.hold().end(), change.seats(booking))))
			.thenReturn(booking);
	}

	private static Charges charges(Booking booking) {
		BookingDetails d = booking.details();
		return new Charges(d.totalCents(), Math.min(d.depositCents(), d.totalCents()), booking.progress().feesCents(),
				booking.keptCents(), d.currency());
	}

	private static ChangeRequester requester(Relation relation) {
		return switch (relation) {
			case ADMIN -> ChangeRequester.ADMIN;
			case OWN_PROVIDER, SAGA -> ChangeRequester.PROVIDER;
			default -> ChangeRequester.CUSTOMER;
		};
	}

}
