package org.bookingfleet.integration.business.consumer;

import java.time.Clock;

import org.bookingfleet.events.catalog.BusinessProfile;
import org.bookingfleet.events.catalog.ServiceChanged;
import org.bookingfleet.events.catalog.ServiceDefined;
import org.bookingfleet.events.catalog.ServiceSnapshot;
import org.bookingfleet.integration.booking.Business;
import org.bookingfleet.integration.business.store.ServiceBusinesses;
import org.bookingfleet.platform.consumer.EventSubscription;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.core.publisher.Mono;

/**
 * Keeps the business profile of each service the catalog announces, so messages sign with
 * the business's legal name, support contact and cancellation terms.
 */
@Configuration(proxyBeanMethods = false)
class CatalogEventsSubscription {

	@Bean
	EventSubscription catalogBusinesses(ServiceBusinesses businesses, Clock clock) {
		return EventSubscription.named("catalog-businesses")
			.on(ServiceDefined.class, (event, envelope) -> keep(businesses, event.service(), clock))
			.on(ServiceChanged.class, (event, envelope) -> keep(businesses, event.service(), clock));
	}

	private static Mono<Void> keep(ServiceBusinesses businesses, ServiceSnapshot service, Clock clock) {
		BusinessProfile profile = service == null ? null : service.business();
		if (profile == null) {
			return Mono.empty();
		}
		return businesses.keep(service.serviceId(), new Business(profile.name(), profile.legalName(),
				profile.supportEmail(), profile.supportPhone(), profile.cancellationWording()), clock.instant());
	}

}
