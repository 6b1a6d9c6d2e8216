package org.bookingfleet.pricing.catalog.internal.messaging;

import org.bookingfleet.events.catalog.ServiceChanged;
import org.bookingfleet.events.catalog.ServiceDefined;
import org.bookingfleet.platform.consumer.EventSubscription;
import org.bookingfleet.pricing.catalog.internal.store.CatalogReads;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.core.publisher.Mono;

@Configuration(proxyBeanMethods = false)
class CatalogChangeSubscription {

	/**
	 * Every instance hears every catalog change, wherever it was made, and forgets what
	 * it had cached.
	 */
	@Bean
	EventSubscription catalogCacheEviction(CatalogReads catalog) {
		return EventSubscription.named("catalog-cache")
			.perInstance()
			.on(ServiceDefined.class, (event, envelope) -> evict(catalog, event.service().serviceId()))
			.on(ServiceChanged.class, (event, envelope) -> evict(catalog, event.service().serviceId()));
	}

	private static Mono<Void> evict(CatalogReads catalog, String serviceId) {
		return Mono.fromRunnable(() -> catalog.evict(serviceId));
	}

}
