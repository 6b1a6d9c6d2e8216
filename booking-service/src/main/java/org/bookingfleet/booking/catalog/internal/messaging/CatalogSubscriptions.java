package org.bookingfleet.booking.catalog.internal.messaging;

import org.bookingfleet.booking.catalog.internal.store.CatalogServices;
import org.bookingfleet.booking.catalog.internal.store.KnownHolds;
import org.bookingfleet.events.availability.SlotHeld;
import org.bookingfleet.events.catalog.ServiceChanged;
import org.bookingfleet.events.catalog.ServiceDefined;
import org.bookingfleet.platform.consumer.EventSubscription;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class CatalogSubscriptions {

	@Bean
	EventSubscription catalog(CatalogServices services) {
		return EventSubscription.named("catalog")
			.on(ServiceDefined.class, (event, envelope) -> services.remember(event.service(), envelope.time()))
			.on(ServiceChanged.class, (event, envelope) -> services.remember(event.service(), envelope.time()));
	}

	@Bean
	EventSubscription holds(KnownHolds holds) {
		// only a waitlist offer's hold is ever looked up here (a customer's own hold is
		// trusted by its token): the others are passed over without a transaction
		return EventSubscription.named("holds")
			.on(SlotHeld.class, "holdId", SlotHeld::mayBeForOffer, (event, envelope) -> holds.remember(event));
	}

}
