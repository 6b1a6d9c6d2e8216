package org.bookingfleet.availability.slot.internal.messaging;

import org.bookingfleet.availability.slot.internal.store.OfferHolds;
import org.bookingfleet.events.booking.WaitlistOfferMade;
import org.bookingfleet.events.booking.WaitlistOfferWithdrawn;
import org.bookingfleet.platform.consumer.EventSubscription;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class WaitlistOfferSubscription {

	@Bean
	EventSubscription waitlistOffers(OfferHolds holds) {
		return EventSubscription.named("waitlist-offers")
			.on(WaitlistOfferMade.class, (event, envelope) -> holds.offered(event))
			.on(WaitlistOfferWithdrawn.class, (event, envelope) -> holds.withdrawn(event));
	}

}
