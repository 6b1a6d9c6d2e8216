package org.bookingfleet.availability.slot.internal.store;

import java.time.Duration;
import java.util.OptionalInt;
import java.util.UUID;

import org.bookingfleet.availability.slot.HoldRequest;
import org.bookingfleet.availability.slot.internal.store.StoredReservation.Kind;
import org.bookingfleet.events.availability.OfferHoldRefused;
import org.bookingfleet.events.booking.WaitlistOfferMade;
import org.bookingfleet.events.booking.WaitlistOfferWithdrawn;
import org.bookingfleet.platform.outbox.Outbox;
import org.bookingfleet.platform.web.ApiException;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Holds the slot of each waitlist offer for the customer offered it, under the offer's id
 * until the offer's expiry, exactly as a customer's own hold (with its SlotHeld); a slot
 * that cannot be held any more is refused with OfferHoldRefused. When the customer leaves
 * the waitlist the hold is released (SlotReleased), which passes the slot on. Each method
 * runs in the consumer's transaction, which also records the event, so a redelivery
 * changes nothing.
 */
@Component
public class OfferHolds {

	private final HoldDesk desk;

	private final Reservations reservations;

	private final SeatSessions sessions;

	private final SlotReleases releases;

	private final Outbox outbox;

	private final DatabaseClient database;

	OfferHolds(HoldDesk desk, Reservations reservations, SeatSessions sessions, SlotReleases releases, Outbox outbox,
			DatabaseClient database) {
		this.desk = desk;
		this.reservations = reservations;
		this.sessions = sessions;
		this.releases = releases;
		this.outbox = outbox;
		this.database = database;
	}

	public Mono<Void> offered(WaitlistOfferMade offer) {
		HoldRequest request = new HoldRequest(offer.serviceId(), offer.providerId(), offer.start(),
				Math.max(1, offer.seats()), offeredLength(offer));
		Mono<Void> hold = sql("savepoint offer_hold")
			.then(Mono.defer(() -> desk.holdForOffer(offer.offerId(), request, offer.expiresAt())))
			.then(sql("release savepoint offer_hold"))
			.onErrorResume(HoldDesk.Taken.class, taken -> refuse(offer, "SLOT_TAKEN"))
			.onErrorResume(ApiException.class, refused -> refuse(offer, refused.code()));
		return exists(offer.offerId()).flatMap(held -> held ? Mono.<Void>empty() : hold);
	}

	/**
	 * The offered slot's length, which the waitlisted customer chose; without an end, the
	 * service's own.
	 */
	private static OptionalInt offeredLength(WaitlistOfferMade offer) {
		if (offer.end() == null || !offer.start().isBefore(offer.end())) {
			return OptionalInt.empty();
		}
		return OptionalInt.of(Math.toIntExact(Duration.between(offer.start(), offer.end()).toMinutes()));
	}

	public Mono<Void> withdrawn(WaitlistOfferWithdrawn withdrawn) {
		UUID holdId = withdrawn.offerId();
		Mono<Boolean> slotHold = reservations.find(holdId)
			.flatMap(found -> found.kind() != Kind.HOLD ? Mono.just(false)
					: reservations.delete(holdId)
						.flatMap(deleted -> releases.announce(deleted, "HOLD_RELEASED"))
						.thenReturn(true));
		Mono<Boolean> seatHold = sessions.findHold(holdId)
			.flatMap(found -> !"HOLD".equals(found.kind()) ? Mono.just(false)
					: releases.releaseSeats(holdId, "HOLD_RELEASED").thenReturn(true));
		return slotHold.switchIfEmpty(seatHold).then();
	}

	/**
	 * Whatever the failed attempt wrote (a seat session, expired holds it swept) is
	 * undone; the refusal is kept.
	 */
	private Mono<Void> refuse(WaitlistOfferMade offer, String reason) {
		return sql("rollback to savepoint offer_hold")
			.then(outbox.append(new OfferHoldRefused(offer.offerId(), offer.entryId(), offer.providerId(),
					offer.serviceId(), offer.start(), reason)))
			.then();
	}

	private Mono<Boolean> exists(UUID holdId) {
		return reservations.find(holdId)
			.map(found -> true)
			.switchIfEmpty(sessions.findHold(holdId).map(found -> true))
			.defaultIfEmpty(false);
	}

	private Mono<Void> sql(String statement) {
		return database.sql(statement).fetch().rowsUpdated().then();
	}

}
