package org.bookingfleet.integration.fanout.consumer;

import org.bookingfleet.events.booking.BookingCancelled;
import org.bookingfleet.events.booking.BookingCompleted;
import org.bookingfleet.events.booking.BookingConfirmed;
import org.bookingfleet.events.booking.BookingRescheduled;
import org.bookingfleet.events.booking.WaitlistOfferMade;
import org.bookingfleet.events.booking.WaitlistOfferWithdrawn;
import org.bookingfleet.integration.waitlist.consumer.WaitlistOfferEndings;
import org.bookingfleet.integration.waitlist.consumer.WaitlistOfferNotices;
import org.bookingfleet.platform.consumer.EventSubscription;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class BookingEventsSubscription {

	@Bean
	EventSubscription bookingEvents(BookingFanOut fanOut, WaitlistOfferNotices offers, WaitlistOfferEndings endings) {
		return EventSubscription.named("integration-fan-out")
			.on(BookingConfirmed.class, fanOut::confirmed)
			.on(BookingRescheduled.class, fanOut::rescheduled)
			.on(BookingCancelled.class, fanOut::cancelled)
			.on(BookingCompleted.class, fanOut::completed)
			.on(WaitlistOfferMade.class, offers::offered)
			.on(WaitlistOfferWithdrawn.class, endings::withdrawn);
	}

}
