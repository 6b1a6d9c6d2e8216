package org.bookingfleet.integration.job.internal.messaging;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.bookingfleet.events.EventEnvelope;
import org.bookingfleet.events.booking.WaitlistOfferMade;
import org.bookingfleet.integration.IntegrationProperties;
import org.bookingfleet.integration.WaitlistSettings;
import org.bookingfleet.integration.booking.Channel;
import org.bookingfleet.integration.job.internal.store.Jobs;
import org.bookingfleet.integration.job.internal.store.OfferEnds;
import org.bookingfleet.integration.job.internal.store.ProviderNames;
import org.bookingfleet.integration.job.internal.store.WaitlistOffers;
import org.bookingfleet.integration.message.Language;
import org.bookingfleet.integration.waitlist.OfferPlan;
import org.bookingfleet.integration.waitlist.WaitlistOffer;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Turns an offer into its message jobs, inside the consumer's transaction. An offer seen
 * before, one already expired, one with neither an email nor a phone, or one that already
 * ended (its hold refused or the customer gone from the waitlist, news that can come
 * before the offer) asks for nothing. Offers made before they carried the service name,
 * zone, language and channels are told with the service id, in the configured zone, in
 * every language, by email and SMS.
 */
@Component
public class WaitlistOfferNotices {

	private final WaitlistOffers offers;

	private final OfferEnds ends;

	private final Jobs jobs;

	private final IntegrationProperties settings;

	private final WaitlistSettings waitlist;

	private final Clock clock;

	private final ProviderNames names;

	public WaitlistOfferNotices(WaitlistOffers offers, OfferEnds ends, Jobs jobs, IntegrationProperties settings,
			WaitlistSettings waitlist, ProviderNames names, Clock clock) {
		this.offers = offers;
		this.names = names;
		this.ends = ends;
		this.jobs = jobs;
		this.settings = settings;
		this.waitlist = waitlist;
		this.clock = clock;
	}

	public Mono<Void> offered(WaitlistOfferMade event, EventEnvelope envelope) {
		return names.of(event.providerId())
			.defaultIfEmpty(settings.provider(event.providerId()).name())
			.flatMap(provider -> offered(event, provider));
	}

	private Mono<Void> offered(WaitlistOfferMade event, String providerName) {
		Instant now = clock.instant();
		WaitlistOffer offer = new WaitlistOffer(event.offerId(), event.entryId(),
				present(event.serviceName()).orElse(event.serviceId()), providerName, zone(event.timeZone()),
				event.start(), event.end(), event.seats(), event.expiresAt(), event.customerName(),
				Optional.ofNullable(event.customerEmail()), Optional.ofNullable(event.customerPhone()),
				present(event.language()).map(Language::of), channels(event.channels()));
		if (!offer.reachable() || offer.expiredAt(now)) {
			return Mono.empty();
		}
		return ends.lock(offer.offerId())
			.then(ends.of(offer.offerId()).hasElement())
			.filter(ended -> !ended)
			.flatMap(standing -> offers.add(offer, now))
			.filter(added -> added)
			.flatMap(added -> jobs.add(OfferPlan.messages(offer, now), now))
			.then();
	}

	/**
	 * The offer's zone; an offer without one (or with one we do not know) is told in the
	 * configured zone.
	 */
	private ZoneId zone(String timeZone) {
		try {
			return present(timeZone).map(ZoneId::of).orElse(waitlist.timeZone());
		}
		catch (DateTimeException unknown) {
			return waitlist.timeZone();
		}
	}

	private static Set<Channel> channels(List<String> names) {
		if (names == null) {
			return Set.of();
		}
		return names.stream()
			.flatMap(name -> Arrays.stream(Channel.values()).filter(c -> c.name().equalsIgnoreCase(name)))
			.collect(Collectors.toSet());
	}

	private static Optional<String> present(String value) {
		return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
	}

}
