package org.bookingfleet.pricing.catalog.internal.store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Services seeded by migrations were never announced: at start-up each unannounced
 * revision is published as {@code ServiceDefined} through the outbox, once, however many
 * instances start together. A revision announced by an older version of this service,
 * whose snapshot now says more (bookable hours, duration bounds), is told again as
 * {@code ServiceChanged} of the same revision, also once; an unchanged catalog announces
 * nothing.
 */
@Component
class CatalogAnnouncements {

	private static final Logger log = LoggerFactory.getLogger(CatalogAnnouncements.class);

	private final ServiceDefinitions services;

	CatalogAnnouncements(ServiceDefinitions services) {
		this.services = services;
	}

	@EventListener(ApplicationReadyEvent.class)
	void announceSeededServices() {
		announceAll().zipWhen(defined -> announceAgain())
			.subscribe(
					counts -> log.info("announced {} seeded services and {} grown snapshots on catalog.events",
							counts.getT1(), counts.getT2()),
					failure -> log.warn("seeded services not announced yet; the next start-up retries", failure));
	}

	Mono<Long> announceAll() {
		return services.unannounced().concatMap(services::announce).count();
	}

	Mono<Long> announceAgain() {
		return services.announcedDifferently().concatMap(services::reannounce).count();
	}

}
