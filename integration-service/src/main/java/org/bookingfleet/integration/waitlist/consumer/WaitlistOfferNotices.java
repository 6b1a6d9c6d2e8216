package org.bookingfleet.integration.waitlist.consumer;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.bookingfleet.events.EventEnvelope;
import org.bookingfleet.events.booking.WaitlistOfferMade;
import org.bookingfleet.integration.job.store.Jobs;
import org.bookingfleet.integration.settings.IntegrationProperties;
import org.bookingfleet.integration.settings.WaitlistSettings;
import org.bookingfleet.integration.waitlist.OfferPlan;
import org.bookingfleet.integration.waitlist.WaitlistOffer;
import org.bookingfleet.integration.waitlist.store.WaitlistOffers;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Turns an offer into its message jobs, inside the consumer's transaction. An offer seen before, one already
 * expired, or one with neither an email nor a phone asks for nothing.
 */
@Component
public class WaitlistOfferNotices {

    private final WaitlistOffers offers;
    private final Jobs jobs;
    private final IntegrationProperties settings;
    private final WaitlistSettings waitlist;
    private final Clock clock;

    public WaitlistOfferNotices(WaitlistOffers offers, Jobs jobs, IntegrationProperties settings,
                                WaitlistSettings waitlist, Clock clock) {
        this.offers = offers;
        this.jobs = jobs;
        this.settings = settings;
        this.waitlist = waitlist;
        this.clock = clock;
    }

    public Mono<Void> offered(WaitlistOfferMade event, EventEnvelope envelope) {
        Instant now = clock.instant();
        WaitlistOffer offer = new WaitlistOffer(event.offerId(), event.entryId(), event.serviceId(),
                settings.provider(event.providerId()).name(), waitlist.timeZone(), event.start(), event.end(),
                event.seats(), event.expiresAt(), event.customerName(), Optional.ofNullable(event.customerEmail()),
                Optional.ofNullable(event.customerPhone()));
        if (!offer.reachable() || offer.expiredAt(now)) {
            return Mono.empty();
        }
        return offers.add(offer, now)
                .filter(added -> added)
                .flatMap(added -> jobs.add(OfferPlan.messages(offer, now), now))
                .then();
    }
}
