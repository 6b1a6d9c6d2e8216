package org.bookingfleet.booking.waitlist.internal.store;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.bookingfleet.booking.catalog.CatalogService;
import org.bookingfleet.booking.waitlist.OfferStatus;
import org.bookingfleet.booking.waitlist.ReleasedSlot;
import org.bookingfleet.booking.waitlist.WaitlistOffer;
import org.bookingfleet.booking.waitlist.WaitlistRules;
import org.bookingfleet.booking.waitlist.WaitlistStatus;
import org.bookingfleet.events.availability.OfferHoldRefused;
import org.bookingfleet.events.availability.SlotReleased;
import org.bookingfleet.events.availability.SlotReserved;
import org.bookingfleet.events.booking.WaitlistOfferMade;
import org.bookingfleet.events.booking.WaitlistOfferWithdrawn;
import org.bookingfleet.platform.outbox.Outbox;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Offers released slots down the waitlist. The availability service holds the offered
 * slot under the offer's id until the offer expires; only the release of a slot (a
 * cancelled booking, or an offer's hold that expired or was let go) makes the next offer,
 * so a slot is on offer to one customer at a time. The lapse sweep only closes offers.
 */
@Component
public class WaitlistOffers {

	private static final int BATCH = 50;

	private final Waitlists waitlists;

	private final WaitlistedServices catalog;

	private final WaitlistRules rules;

	private final Outbox outbox;

	private final TransactionalOperator transaction;

	private final Clock clock;

	public WaitlistOffers(Waitlists waitlists, WaitlistedServices catalog, WaitlistRules rules, Outbox outbox,
			TransactionalOperator transaction, Clock clock) {
		this.waitlists = waitlists;
		this.catalog = catalog;
		this.rules = rules;
		this.outbox = outbox;
		this.transaction = transaction;
		this.clock = clock;
	}

	/**
	 * Whether a release can change anything here: read before any transaction, so that
	 * the holds customers let expire, with nobody waiting, cost one statement.
	 */
	public Mono<Boolean> concernedBy(SlotReleased released) {
		return waitlists.mayMatter(released.reservationId(), slotOf(released));
	}

	/**
	 * Whether a reservation can change anything here: only an offer's hold, booked, does.
	 */
	public Mono<Boolean> concernedBy(SlotReserved reserved) {
		return (reserved.holdId() == null) ? Mono.just(false) : waitlists.isOfferToBook(reserved.holdId());
	}

	/**
	 * Runs in the consumer's transaction: an offer whose hold was released closes, then
	 * the slot goes to the next.
	 */
	public Mono<Void> released(SlotReleased released) {
		ReleasedSlot slot = slotOf(released);
		Instant now = clock.instant();
		Mono<Void> closeOffer = waitlists.findOffer(released.reservationId())
			.filter(offer -> offer.status() == OfferStatus.OPEN)
			.flatMap(offer -> close(offer.id(), OfferStatus.whenHoldReleased(!now.isBefore(offer.expiresAt()))));
		return closeOffer.then(offerNext(slot, Set.of()));
	}

	/**
	 * Runs in the consumer's transaction: someone else had the slot, so the entry is back
	 * in line, not offered.
	 */
	public Mono<Void> refused(OfferHoldRefused refused) {
		return close(refused.offerId(), OfferStatus.TAKEN);
	}

	/**
	 * Runs in the consumer's transaction: the offered customer booked with the offer's
	 * hold (its concern lets no other reservation through).
	 */
	public Mono<Void> reserved(SlotReserved reserved) {
		return waitlists.booked(reserved.holdId())
			.flatMap(offer -> waitlists.lock(offer.entryId())
				.flatMap(stored -> waitlists.setStatus(offer.entryId(),
						OfferStatus.BOOKED.entryAfter(stored.entry().status()))));
	}

	/**
	 * The customer leaves the line, in the caller's transaction; a slot on offer to them
	 * is withdrawn, so that the availability service releases its hold and the release
	 * passes the slot on.
	 */
	public Mono<Void> leave(UUID entryId) {
		return waitlists.lock(entryId)
			.flatMap(stored -> waitlists.setStatus(entryId, WaitlistStatus.LEFT))
			.then(waitlists.openOfferOf(entryId))
			.flatMap(open -> waitlists.closeOpenOffer(open.id(), OfferStatus.WITHDRAWN))
			.flatMap(withdrawn -> outbox.append(new WaitlistOfferWithdrawn(withdrawn.id(), entryId,
					withdrawn.slot().serviceId(), Long.parseLong(withdrawn.slot().providerId()),
					withdrawn.slot().start(), "LEFT_WAITLIST", WaitlistOfferWithdrawn.WITHDRAWN)))
			.then();
	}

	/**
	 * Closes offers past their expiry and puts their entries back in line; several
	 * instances may sweep at once. The slot passes on when the availability service
	 * releases the lapsed offer's hold, which expires at the same instant.
	 */
	public Mono<Long> sweep() {
		Instant now = clock.instant();
		return transaction.transactional(waitlists.lapsedOffers(now, BATCH)
			.concatMap(lapsed -> close(lapsed.id(), OfferStatus.LAPSED).thenReturn(lapsed))
			.count());
	}

	private Mono<Void> close(UUID offerId, OfferStatus status) {
		return waitlists.closeOpenOffer(offerId, status)
			.flatMap(closed -> waitlists.lock(closed.entryId())
				.flatMap(stored -> waitlists.setStatus(closed.entryId(), status.entryAfter(stored.entry().status()))));
	}

	private Mono<Void> offerNext(ReleasedSlot slot, Set<String> alsoPassedOver) {
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		return waitlists.onOffer(slot)
			.flatMap(onOffer -> waitlists.offeredTheSlot(slot)
				.flatMap(offered -> waitlists.waitingFor(slot).collectList().flatMap(line -> {
					Set<String> passedOver = new HashSet<>(offered);
					passedOver.addAll(alsoPassedOver);
					return rules.nextOffer(slot, onOffer, line, passedOver, now).map(this::make).orElse(Mono.empty());
				})));
	}

	private static ReleasedSlot slotOf(SlotReleased released) {
		return new ReleasedSlot(released.serviceId(), String.valueOf(released.providerId()), released.start(),
				released.end(), released.seats());
	}

	private Mono<Void> make(WaitlistOffer offer) {
		UUID offerId = UUID.randomUUID();
		UUID entryId = UUID.fromString(offer.entryId());
		ReleasedSlot slot = offer.slot();
		return waitlists.offer(offerId, offer)
			.filter(Boolean::booleanValue)
			.flatMap(made -> waitlists.setStatus(entryId, WaitlistStatus.OFFERED).then(waitlists.find(entryId)))
			.zipWith(catalog.find(slot.serviceId()).map(Named::of).defaultIfEmpty(Named.unknown(slot.serviceId())))
			.flatMap(found -> {
				Waitlists.Stored stored = found.getT1();
				Named service = found.getT2();
				Waitlists.Contact contact = stored.contact();
				String zone = stored.preferences().inServiceZone(service.zone()).timeZone();
				return outbox.append(new WaitlistOfferMade(offerId, entryId, slot.serviceId(),
						Long.parseLong(slot.providerId()), slot.start(), slot.end(), stored.entry().seats(),
						offer.expiresAt(), contact.name(), contact.email(), contact.phone(), service.name(), zone,
						stored.preferences().language(), stored.preferences().channels(), WaitlistOfferMade.MADE));
			})
			.then();
	}

	private record Named(String name, ZoneId zone) {

		static Named of(CatalogService service) {
			return new Named(service.name(), service.zone());
		}

		static Named unknown(String serviceId) {
			return new Named(serviceId, null);
		}
	}

}
