package org.bookingfleet.availability.catalog.internal.messaging;

import org.bookingfleet.availability.catalog.internal.store.CatalogServices;
import org.bookingfleet.events.catalog.ServiceChanged;
import org.bookingfleet.events.catalog.ServiceDefined;
import org.bookingfleet.platform.consumer.EventSubscription;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CatalogSubscription {

	@Bean
	EventSubscription catalogReplica(CatalogServices services) {
		return EventSubscription.named("catalog-replica")
			.on(ServiceDefined.class, (event, envelope) -> services.replicate(event.service()))
			.on(ServiceChanged.class, (event, envelope) -> services.replicate(event.service()));
	}

}
