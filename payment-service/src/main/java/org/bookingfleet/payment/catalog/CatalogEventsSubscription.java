package org.bookingfleet.payment.catalog;

import org.bookingfleet.events.catalog.ServiceChanged;
import org.bookingfleet.events.catalog.ServiceDefined;
import org.bookingfleet.platform.consumer.EventSubscription;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The catalog events that tell the payment service who sells each service. */
@Configuration(proxyBeanMethods = false)
class CatalogEventsSubscription {

	@Bean
	EventSubscription catalogEvents(CatalogReplica catalog) {
		return EventSubscription.named("catalog")
			.on(ServiceDefined.class, (defined, envelope) -> catalog.remember(defined.service()))
			.on(ServiceChanged.class, (changed, envelope) -> catalog.remember(changed.service()));
	}

}
