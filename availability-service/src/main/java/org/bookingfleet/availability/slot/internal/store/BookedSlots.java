package org.bookingfleet.availability.slot.internal.store;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.bookingfleet.availability.slot.Reservation;
import org.bookingfleet.availability.slot.internal.store.StoredReservation.Kind;
import org.bookingfleet.availability.time.TimeRange;
import org.bookingfleet.events.availability.SlotRejected;
import org.bookingfleet.events.availability.SlotReserved;
import org.bookingfleet.events.booking.BookingCancelled;
import org.bookingfleet.events.booking.BookingExpired;
import org.bookingfleet.events.booking.BookingRequested;
import org.bookingfleet.events.booking.BookingRescheduled;
import org.bookingfleet.platform.outbox.Outbox;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * The availability side of the booking saga. Each method runs inside the consumer's
 * transaction, which also records the event id, so a redelivered event changes nothing.
 */
@Service
public class BookedSlots {

	private final Reservations reservations;

	private final SeatSessions sessions;

	private final ActiveServices services;

	private final SlotReleases releases;

	private final Outbox outbox;

	private final Clock clock;

	public BookedSlots(Reservations reservations, SeatSessions sessions, ActiveServices services, SlotReleases releases,
			Outbox outbox, Clock clock) {
		this.reservations = reservations;
		this.sessions = sessions;
		this.services = services;
		this.releases = releases;
		this.outbox = outbox;
		this.clock = clock;
	}

	/**
	 * Books the hold if it still counts, or the slot itself if the hold expired and
	 * nobody took it meanwhile.
	 */
	public Mono<Void> requested(BookingRequested request) {
		return book(request.bookingId(), request.holdId(), request.providerId(), request.serviceId(), request.start(),
				request.end(), request.seats())
			.then();
	}

	/**
	 * The new slot is booked first; only then is the old one released, so a failed move
	 * keeps the booking's slot.
	 */
	public Mono<Void> rescheduled(BookingRescheduled moved) {
		return book(moved.bookingId(), moved.newHoldId(), moved.providerId(), moved.serviceId(), moved.start(),
				moved.end(), Math.max(1, moved.seats()))
			.filter(Boolean::booleanValue)
			.flatMap(booked -> releaseOthers(moved.bookingId(), moved.newHoldId()));
	}

	public Mono<Void> cancelled(BookingCancelled cancelled) {
		return releases.releaseBooking(cancelled.bookingId(), "BOOKING_CANCELLED");
	}

	public Mono<Void> expired(BookingExpired expired) {
		return releases.releaseBooking(expired.bookingId(), "BOOKING_EXPIRED");
	}

	/**
	 * Books the hold for the booking, at most once: a hold already booked for another
	 * booking is refused (HOLD_ALREADY_USED) and stays as it is; a redelivery for the
	 * same booking changes nothing. A hold that expired is replaced by the span the
	 * booking names, if that is still free.
	 */
	private Mono<Boolean> book(UUID bookingId, UUID holdId, long providerId, String serviceId, Instant start,
			Instant end, int seats) {
		Instant now = clock.instant();
		// a live hold, the common case, is booked by its one guarded update; the hold
		// is read only when that updates nothing: it is booked already, or it expired
		Mono<Boolean> slotHold = reservations.book(holdId, bookingId, now)
			.flatMap(booked -> announceReserved(booked).thenReturn(true))
			.switchIfEmpty(Mono.defer(() -> reservations.find(holdId).flatMap(hold -> {
				if (hold.kind() != Kind.HOLD) {
					return bookingId.equals(hold.bookingId()) ? Mono.just(true)
							: holdAlreadyUsed(bookingId, holdId, providerId);
				}
				return reservations.delete(holdId)
					.then(bookFreeSlot(bookingId, holdId, providerId, serviceId, start, end, seats));
			})));
		Mono<Boolean> seatHold = sessions.findHold(holdId).flatMap(hold -> {
			if ("BOOKED".equals(hold.kind())) {
				return bookingId.equals(hold.bookingId()) ? Mono.just(true)
						: holdAlreadyUsed(bookingId, holdId, providerId);
			}
			return sessions.bookHold(holdId, bookingId)
				.flatMap(booked -> sessions.findSession(booked.sessionId())
					.flatMap(session -> outbox.append(new SlotReserved(bookingId, holdId, holdId, session.providerId(),
							session.serviceId(), session.start(), session.end(), booked.seats())))
					.thenReturn(true))
				.switchIfEmpty(Mono.defer(() -> holdAlreadyUsed(bookingId, holdId, providerId)));
		});
		return slotHold.switchIfEmpty(seatHold)
			.switchIfEmpty(Mono.defer(() -> bookFreeSlot(bookingId, holdId, providerId, serviceId, start, end, seats)));
	}

	private Mono<Boolean> holdAlreadyUsed(UUID bookingId, UUID holdId, long providerId) {
		return reject(bookingId, holdId, providerId, "HOLD_ALREADY_USED");
	}

	/**
	 * The span the booking names (its chosen length), with the service's buffers, if
	 * nobody holds it.
	 */
	private Mono<Boolean> bookFreeSlot(UUID bookingId, UUID holdId, long providerId, String serviceId, Instant start,
			Instant end, int seats) {
		Instant now = clock.instant();
		return services.findActive(serviceId).flatMap(service -> {
			if (service.isSeated()) {
				return rejoinSession(bookingId, holdId, providerId, serviceId, start, Math.max(1, seats), now);
			}
			Reservation range = end != null && start.isBefore(end)
					? Reservation.spanning(new TimeRange(start, end), service.terms())
					: Reservation.of(start, service.terms());
			StoredReservation row = new StoredReservation(holdId, providerId, serviceId, Kind.BOOKED, start,
					range.appointment().end(), range.reserved(), Math.max(1, seats), null, bookingId);
			return releases.expiredHoldsIn(providerId, range.reserved(), now)
				.then(reservations.insertIfFree(row))
				.flatMap(saved -> announceReserved(saved).thenReturn(true))
				.switchIfEmpty(Mono.defer(() -> reject(bookingId, holdId, providerId, "SLOT_TAKEN")));
		}).switchIfEmpty(Mono.defer(() -> reject(bookingId, holdId, providerId, "UNKNOWN_SERVICE")));
	}

	/**
	 * The seat hold was swept: its seats are taken again if the session still has them.
	 */
	private Mono<Boolean> rejoinSession(UUID bookingId, UUID holdId, long providerId, String serviceId, Instant start,
			int seats, Instant now) {
		return sessions.find(providerId, serviceId, start)
			.flatMap(session -> releases.expiredSeatsOf(session.id(), now)
				.then(sessions.take(session.id(), seats))
				.filter(Boolean::booleanValue)
				.flatMap(taken -> sessions
					.insertHold(new SeatSessions.SeatHold(holdId, session.id(), seats, "BOOKED", null, bookingId))
					.then(outbox.append(new SlotReserved(bookingId, holdId, holdId, providerId, serviceId,
							session.start(), session.end(), seats)))
					.thenReturn(true)))
			.switchIfEmpty(Mono.defer(() -> reject(bookingId, holdId, providerId, "SLOT_TAKEN")));
	}

	private Mono<Void> announceReserved(StoredReservation booked) {
		return outbox
			.append(new SlotReserved(booked.bookingId(), booked.id(), booked.id(), booked.providerId(),
					booked.serviceId(), booked.start(), booked.end(), booked.seats()))
			.then();
	}

	private Mono<Boolean> reject(UUID bookingId, UUID holdId, long providerId, String reason) {
		return outbox.append(new SlotRejected(bookingId, holdId, providerId, reason)).thenReturn(false);
	}

	private Mono<Void> releaseOthers(UUID bookingId, UUID keptHoldId) {
		return releases.releaseBookingExcept(bookingId, keptHoldId, "BOOKING_RESCHEDULED");
	}

}
