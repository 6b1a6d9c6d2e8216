package org.bookingfleet.availability.slot.internal.store;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bookingfleet.availability.catalog.CatalogService;
import org.bookingfleet.availability.slot.AvailabilityProblem;
import org.bookingfleet.availability.slot.HoldRequest;
import org.bookingfleet.availability.slot.NearestAlternatives;
import org.bookingfleet.availability.slot.Reservation;
import org.bookingfleet.availability.slot.Slot;
import org.bookingfleet.availability.slot.SlotFinder;
import org.bookingfleet.availability.slot.internal.store.StoredReservation.Kind;
import org.bookingfleet.availability.time.TimeRange;
import org.bookingfleet.events.availability.SlotHeld;
import org.bookingfleet.platform.outbox.Outbox;
import org.bookingfleet.platform.web.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Puts holds on slots and takes them off. Whether a slot is free is decided by the
 * database, never by a read.
 */
@Service
public class HoldDesk {

	private static final Duration AROUND = Duration.ofDays(1);

	private final ProviderOfferings offerings;

	private final Reservations reservations;

	private final SeatSessions sessions;

	private final SlotReleases releases;

	private final Outbox outbox;

	private final TransactionalOperator transaction;

	private final HoldSettings settings;

	private final Clock clock;

	public HoldDesk(ProviderOfferings offerings, Reservations reservations, SeatSessions sessions,
			SlotReleases releases, Outbox outbox, TransactionalOperator transaction, HoldSettings settings,
			Clock clock) {
		this.offerings = offerings;
		this.reservations = reservations;
		this.sessions = sessions;
		this.releases = releases;
		this.outbox = outbox;
		this.transaction = transaction;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Holds [start, start + the length asked for) and its buffers, or answers why not
	 * (409 with alternatives). The expiry is a whole second, as the hold token carries
	 * it.
	 */
	public Mono<Hold> hold(HoldRequest request) {
		Instant now = clock.instant();
		Instant expiresAt = now.plus(settings.ttl()).truncatedTo(ChronoUnit.SECONDS);
		return chosen(request).flatMap(service -> place(request, service, UUID.randomUUID(), expiresAt, now, false)
			.onErrorResume(Taken.class, taken -> alternatives(request.start(), service, request.providerId(), now)
				.flatMap(alternatives -> Mono.error(SlotTaken.with(alternatives)))));
	}

	/**
	 * The service for the length the request asks for; a length it does not offer is
	 * refused.
	 */
	private Mono<CatalogService> chosen(HoldRequest request) {
		return offerings.service(request.serviceId())
			.flatMap(service -> service.lasting(request.durationMinutes())
				.fold(Mono::just, problem -> Mono.error(refusal(problem))));
	}

	/**
	 * Holds the slot of a waitlist offer under the offer's id until the offer's expiry,
	 * in the caller's transaction (the consumer's). Fails with {@link Taken} when someone
	 * else has the slot, or with the refusal of the provider's policy; what it wrote
	 * before failing is the caller's to undo.
	 */
	Mono<Hold> holdForOffer(UUID holdId, HoldRequest request, Instant expiresAt) {
		Instant now = clock.instant();
		return chosen(request).flatMap(service -> place(request, service, holdId, expiresAt, now, true));
	}

	/**
	 * A customer's hold in a transaction of its own; a waitlist offer's in the caller's
	 * (the consumer's, which records the offer event with it).
	 */
	private Mono<Hold> place(HoldRequest request, CatalogService service, UUID holdId, Instant expiresAt, Instant now,
			boolean forOffer) {
		return offerings
			.finder(service, request.providerId(), request.start().minus(settings.alternativesRadius()).minus(AROUND),
					request.start().plus(settings.alternativesRadius()).plus(AROUND))
			.flatMap(finder -> {
				var problem = request.problemWith(finder, now);
				if (problem.isPresent()) {
					return Mono.error(refusal(problem.get()));
				}
				if (!finder.isFree(request.start(), now, List.of())) {
					return Mono.error(new Taken());
				}
				Mono<Hold> held = service.isSeated()
						? holdSeats(request, service, finder, now, holdId, expiresAt, forOffer)
						: holdSlot(request, service, finder, now, holdId, expiresAt, forOffer);
				if (forOffer) {
					return held;
				}
				if (service.isSeated() || holdsTakeTurns(finder)) {
					return transaction.transactional(held);
				}
				// with nothing in its way the slot is held in one statement;
				// the transaction runs only when something is in the way:
				// an expired hold (released first) or a reservation that takes it
				return holdFreeSlot(request, service, holdId, expiresAt)
					.switchIfEmpty(Mono.defer(() -> transaction.transactional(held)));
			});
	}

	/**
	 * Takes a hold off; a booked slot is released by cancelling its booking, not here.
	 */
	public Mono<Void> release(UUID holdId) {
		Mono<Boolean> slotHold = reservations.find(holdId)
			.flatMap(found -> found.kind() != Kind.HOLD ? Mono.error(alreadyBooked())
					: reservations.delete(holdId)
						.flatMap(deleted -> releases.announce(deleted, "HOLD_RELEASED"))
						.thenReturn(true));
		Mono<Boolean> seatHold = sessions.findHold(holdId)
			.flatMap(found -> !"HOLD".equals(found.kind()) ? Mono.error(alreadyBooked())
					: releases.releaseSeats(holdId, "HOLD_RELEASED").thenReturn(true));
		return transaction
			.transactional(
					slotHold.switchIfEmpty(seatHold).switchIfEmpty(Mono.error(() -> ApiException.notFound("hold"))))
			.then();
	}

	private static ApiException alreadyBooked() {
		return new ApiException(HttpStatus.CONFLICT, "INVALID_STATE_TRANSITION",
				"this hold is already booked; cancel the booking instead");
	}

	private Mono<Hold> holdSlot(HoldRequest request, CatalogService service, SlotFinder finder, Instant now,
			UUID holdId, Instant expiresAt, boolean forOffer) {
		StoredReservation row = slotHold(request, service, holdId, expiresAt);
		return releases.expiredHoldsIn(request.providerId(), row.reserved(), now)
			.then(dailyLimitAllows(finder, request.start(), now))
			.then(reservations.insertIfFree(row))
			.switchIfEmpty(Mono.error(Taken::new))
			.flatMap(saved -> announceHold(saved.id(), request, service, saved.end(), saved.expiresAt(), forOffer));
	}

	/**
	 * The hold and its event in one statement, no transaction: empty when the slot's
	 * range overlaps any reservation, expired holds included.
	 */
	private Mono<Hold> holdFreeSlot(HoldRequest request, CatalogService service, UUID holdId, Instant expiresAt) {
		StoredReservation row = slotHold(request, service, holdId, expiresAt);
		Hold hold = new Hold(holdId, request.providerId(), service.id(), request.start(), row.end(), request.seats(),
				expiresAt);
		return reservations.insertIfFreeAnnouncing(row, heldEvent(hold, false)).map(saved -> hold);
	}

	private static StoredReservation slotHold(HoldRequest request, CatalogService service, UUID holdId,
			Instant expiresAt) {
		Reservation range = Reservation.of(request.start(), service.terms());
		return new StoredReservation(holdId, request.providerId(), service.id(), Kind.HOLD, request.start(),
				range.appointment().end(), range.reserved(), request.seats(), expiresAt, null);
	}

	private Mono<Hold> holdSeats(HoldRequest request, CatalogService service, SlotFinder finder, Instant now,
			UUID holdId, Instant expiresAt, boolean forOffer) {
		Reservation range = Reservation.of(request.start(), service.terms());
		UUID newSession = UUID.randomUUID();
		Mono<UUID> created = sessions
			.createIfMissing(newSession, request.providerId(), service.id(), request.start(), range.appointment().end(),
					service.terms().capacity())
			.flatMap(
					id -> releases.expiredHoldsIn(request.providerId(), range.reserved(), now)
						.then(dailyLimitAllows(finder, request.start(), now))
						.then(reservations.insertIfFree(new StoredReservation(id, request.providerId(), service.id(),
								Kind.SESSION, request.start(), range.appointment().end(), range.reserved(),
								service.terms().capacity(), null, null)))
						.switchIfEmpty(Mono.error(Taken::new))
						.thenReturn(id));
		Mono<UUID> session = created
			.switchIfEmpty(Mono.defer(() -> sessions.find(request.providerId(), service.id(), request.start())
				.map(SeatSessions.Session::id)));
		return session
			.flatMap(sessionId -> releases.expiredSeatsOf(sessionId, now)
				.then(sessions.take(sessionId, request.seats()))
				.filter(Boolean::booleanValue)
				.switchIfEmpty(Mono.error(Taken::new))
				.then(sessions.insertHold(
						new SeatSessions.SeatHold(holdId, sessionId, request.seats(), "HOLD", expiresAt, null))))
			.then(Mono
				.defer(() -> announceHold(holdId, request, service, range.appointment().end(), expiresAt, forOffer)));
	}

	/**
	 * With a daily limit, holds of one provider take turns so that the count they check
	 * stays true.
	 */
	private Mono<Void> dailyLimitAllows(SlotFinder finder, Instant start, Instant now) {
		if (!holdsTakeTurns(finder)) {
			return Mono.empty();
		}
		TimeRange around = new TimeRange(start.minus(AROUND).minus(AROUND), start.plus(AROUND).plus(AROUND));
		return reservations.lockProvider(finder.provider().id())
			.then(reservations.counting(finder.provider().id(), around, now)
				.map(StoredReservation::asReservation)
				.collectList())
			.flatMap(counting -> finder.isFree(start, now, counting) ? Mono.<Void>empty() : Mono.error(new Taken()));
	}

	/** A provider with a daily limit has its holds take turns under its lock. */
	private static boolean holdsTakeTurns(SlotFinder finder) {
		return finder.provider().policy().dailyLimit().isPresent();
	}

	private Mono<Hold> announceHold(UUID holdId, HoldRequest request, CatalogService service, Instant end,
			Instant expiresAt, boolean forOffer) {
		Hold hold = new Hold(holdId, request.providerId(), service.id(), request.start(), end, request.seats(),
				expiresAt);
		return outbox.append(heldEvent(hold, forOffer)).thenReturn(hold);
	}

	private static SlotHeld heldEvent(Hold hold, boolean forOffer) {
		return new SlotHeld(hold.holdId(), hold.providerId(), hold.serviceId(), hold.start(), hold.end(), hold.seats(),
				hold.expiresAt(), forOffer);
	}

	private Mono<List<Slot>> alternatives(Instant taken, CatalogService service, long providerId, Instant now) {
		Duration radius = settings.alternativesRadius();
		TimeRange around = new TimeRange(taken.minus(radius).minus(AROUND), taken.plus(radius).plus(AROUND));
		return offerings.finder(service, providerId, around.start(), around.end())
			.flatMap(finder -> reservations.counting(providerId, around, now)
				.filter(existing -> !(service.isSeated() && existing.kind() == Kind.SESSION
						&& existing.serviceId().equals(service.id())))
				.map(StoredReservation::asReservation)
				.collectList()
				.map(counting -> NearestAlternatives.around(taken, finder, radius, settings.alternatives(), now,
						counting)));
	}

	private static ApiException refusal(AvailabilityProblem problem) {
		HttpStatus status = problem.isPolicyRefusal() ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.BAD_REQUEST;
		return new ApiException(status, problem.code(), problem.message(), problem.field(), Map.of());
	}

	/**
	 * The slot is not free: found out inside the transaction, answered outside it with
	 * alternatives.
	 */
	static final class Taken extends RuntimeException {

		Taken() {
			super("slot taken", null, false, false);
		}

	}

}
