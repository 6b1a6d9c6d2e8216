package org.bookingfleet.availability.slot.internal.store;

import java.time.Instant;
import java.util.UUID;

import org.bookingfleet.availability.time.TimeRange;
import org.bookingfleet.events.availability.SlotReleased;
import org.bookingfleet.platform.outbox.Outbox;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Every way a reservation or a seat stops counting ends here, with its SlotReleased in
 * the same transaction.
 */
@Component
public class SlotReleases {

	private static final int SEAT_BATCH = 1000;

	private final Reservations reservations;

	private final SeatSessions sessions;

	private final Outbox outbox;

	public SlotReleases(Reservations reservations, SeatSessions sessions, Outbox outbox) {
		this.reservations = reservations;
		this.sessions = sessions;
		this.outbox = outbox;
	}

	public Mono<Void> announce(StoredReservation released, String reason) {
		return outbox
			.append(new SlotReleased(released.id(), released.bookingId(), released.providerId(), released.serviceId(),
					released.start(), released.end(), released.seats(), reason))
			.then();
	}

	public Mono<Void> expiredHoldsIn(long providerId, TimeRange range, Instant now) {
		return reservations.releaseExpiredHoldsOverlapping(providerId, range, now)
			.concatMap(expired -> announce(expired, "HOLD_EXPIRED"))
			.then();
	}

	public Mono<Void> expiredSeatsOf(UUID sessionId, Instant now) {
		return sessions.releaseExpired(sessionId, now, SEAT_BATCH)
			.concatMap(expired -> announceSeats(expired, "HOLD_EXPIRED"))
			.then();
	}

	public Mono<Void> releaseSeats(UUID seatHoldId, String reason) {
		return sessions.release(seatHoldId).flatMap(released -> announceSeats(released, reason));
	}

	private static final UUID NONE = new UUID(0, 0);

	public Mono<Void> releaseBooking(UUID bookingId, String reason) {
		return releaseBookingExcept(bookingId, NONE, reason);
	}

	/** Releases what the booking holds, but for the reservation or seat hold it keeps. */
	public Mono<Void> releaseBookingExcept(UUID bookingId, UUID kept, String reason) {
		return reservations.releaseBooking(bookingId, kept)
			.concatMap(released -> announce(released, reason))
			.thenMany(sessions.releaseBooking(bookingId, kept).concatMap(released -> announceSeats(released, reason)))
			.then();
	}

	public Mono<Void> announceSeats(SeatSessions.SeatHold released, String reason) {
		return sessions.findSession(released.sessionId())
			.flatMap(
					session -> outbox.append(new SlotReleased(released.id(), released.bookingId(), session.providerId(),
							session.serviceId(), session.start(), session.end(), released.seats(), reason)))
			.then();
	}

}
