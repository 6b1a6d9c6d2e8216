package org.bookingfleet.integration.job.internal.messaging;

import org.bookingfleet.events.availability.OfferHoldRefused;
import org.bookingfleet.platform.consumer.EventSubscription;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The availability events this service listens to: the refused holds of waitlist offers.
 */
@Configuration(proxyBeanMethods = false)
class AvailabilityEventsSubscription {

	@Bean
	EventSubscription availabilityEvents(WaitlistOfferEndings endings) {
		return EventSubscription.named("waitlist-offer-holds").on(OfferHoldRefused.class, endings::holdRefused);
	}

}
