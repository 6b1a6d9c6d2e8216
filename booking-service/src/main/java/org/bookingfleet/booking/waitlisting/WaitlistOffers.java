package org.bookingfleet.booking.waitlisting;

import org.bookingfleet.events.booking.WaitlistOfferMade;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.bookingfleet.booking.waitlist.ReleasedSlot;
import org.bookingfleet.booking.waitlist.WaitlistOffer;
import org.bookingfleet.booking.waitlist.WaitlistRules;
import org.bookingfleet.booking.waitlist.WaitlistStatus;
import org.bookingfleet.events.availability.SlotReleased;
import org.bookingfleet.platform.outbox.Outbox;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/** Offers released slots down the waitlist: to the first in line, then to the next each time an offer lapses. */
@Component
public class WaitlistOffers {

    private static final int BATCH = 50;

    private final Waitlists waitlists;
    private final WaitlistRules rules;
    private final Outbox outbox;
    private final TransactionalOperator transaction;
    private final Clock clock;

    public WaitlistOffers(Waitlists waitlists, WaitlistRules rules, Outbox outbox, TransactionalOperator transaction, Clock clock) {
        this.waitlists = waitlists;
        this.rules = rules;
        this.outbox = outbox;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** Runs in the consumer's transaction. */
    public Mono<Void> released(SlotReleased released) {
        ReleasedSlot slot = new ReleasedSlot(released.serviceId(), String.valueOf(released.providerId()), released.start(),
                released.end(), released.seats());
        return offerNext(slot, Set.of());
    }

    /** Lapses expired offers and passes each slot on; several instances may sweep at once. */
    public Mono<Long> sweep() {
        Instant now = clock.instant();
        return transaction.transactional(waitlists.lapsedOffers(now, BATCH)
                .concatMap(lapsed -> waitlists.closeOffer(lapsed.offerId(), "LAPSED")
                        .then(waitlists.setStatus(lapsed.entryId(), WaitlistStatus.WAITING))
                        .then(offerNext(lapsed.slot(), Set.of(lapsed.entryId().toString())))
                        .thenReturn(lapsed))
                .count());
    }

    private Mono<Void> offerNext(ReleasedSlot slot, Set<String> alsoPassedOver) {
        Instant now = clock.instant();
        return waitlists.offeredTheSlot(slot)
                .flatMap(offered -> waitlists.waitingFor(slot).collectList().flatMap(line -> {
                    Set<String> passedOver = new HashSet<>(offered);
                    passedOver.addAll(alsoPassedOver);
                    return rules.nextOffer(slot, line, passedOver, now).map(this::make).orElse(Mono.empty());
                }));
    }

    private Mono<Void> make(WaitlistOffer offer) {
        UUID offerId = UUID.randomUUID();
        UUID entryId = UUID.fromString(offer.entryId());
        ReleasedSlot slot = offer.slot();
        return waitlists.offer(offerId, offer)
                .then(waitlists.setStatus(entryId, WaitlistStatus.OFFERED))
                .then(waitlists.find(entryId))
                .flatMap(stored -> outbox.append(new WaitlistOfferMade(offerId, entryId, slot.serviceId(),
                        Long.parseLong(slot.providerId()), slot.start(), slot.end(), slot.seats(), offer.expiresAt(),
                        stored.contact().name(), stored.contact().email(), stored.contact().phone(),
                        null, null, null, null), entryId.toString(), 1))
                .then();
    }
}
