package org.bookingfleet.payment.billing.internal.messaging;

import org.bookingfleet.events.catalog.ServiceChanged;
import org.bookingfleet.events.catalog.ServiceDefined;
import org.bookingfleet.payment.billing.internal.store.SellingBusinesses;
import org.bookingfleet.platform.consumer.EventSubscription;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The catalog events that tell the payment service who sells each service. */
@Configuration(proxyBeanMethods = false)
class CatalogEventsSubscription {

	@Bean
	EventSubscription catalogEvents(SellingBusinesses sellers) {
		return EventSubscription.named("catalog")
			.on(ServiceDefined.class, (defined, envelope) -> sellers.remember(defined.service()))
			.on(ServiceChanged.class, (changed, envelope) -> sellers.remember(changed.service()));
	}

}
