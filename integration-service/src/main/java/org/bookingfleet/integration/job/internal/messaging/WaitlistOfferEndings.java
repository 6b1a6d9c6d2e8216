package org.bookingfleet.integration.job.internal.messaging;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.bookingfleet.events.EventEnvelope;
import org.bookingfleet.events.availability.OfferHoldRefused;
import org.bookingfleet.events.booking.WaitlistOfferWithdrawn;
import org.bookingfleet.integration.job.internal.store.Jobs;
import org.bookingfleet.integration.job.internal.store.OfferEnds;
import org.bookingfleet.integration.waitlist.OfferEnd;
import org.bookingfleet.integration.waitlist.OfferPlan;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Ends an offer its customer can no longer take, inside the consumer's transaction: its
 * notices not sent yet are cancelled, and when the slot's hold was refused, each notice
 * already sent (or in a partner's hands) gets a follow-up on its channel. The end is
 * kept, so an offer that arrives after it asks for nothing, and an end seen before (a
 * redelivery, or the other end of the same offer) asks for nothing new.
 */
@Component
public class WaitlistOfferEndings {

	/** More than the jobs an offer and its follow-ups ever have. */
	private static final int JOBS_OF_AN_OFFER = 100;

	private final OfferEnds ends;

	private final Jobs jobs;

	private final Clock clock;

	public WaitlistOfferEndings(OfferEnds ends, Jobs jobs, Clock clock) {
		this.ends = ends;
		this.jobs = jobs;
		this.clock = clock;
	}

	public Mono<Void> holdRefused(OfferHoldRefused event, EventEnvelope envelope) {
		return ended(event.offerId(), OfferEnd.HOLD_REFUSED);
	}

	public Mono<Void> withdrawn(WaitlistOfferWithdrawn event, EventEnvelope envelope) {
		return ended(event.offerId(), OfferEnd.WITHDRAWN);
	}

	private Mono<Void> ended(UUID offerId, OfferEnd end) {
		Instant now = clock.instant();
		return ends.lock(offerId)
			.then(ends.add(offerId, end, now))
			.filter(first -> first)
			.flatMap(first -> jobs.cancelUnsentOfferNotices(offerId, now))
			.flatMap(cancelled -> jobs.list(Optional.empty(), Optional.of(offerId), JOBS_OF_AN_OFFER).collectList())
			.flatMap(offerJobs -> jobs.add(OfferPlan.followUps(end, offerJobs, now), now))
			.then();
	}

}
