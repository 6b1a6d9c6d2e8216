package org.bookingfleet.integration.job.internal.messaging;

import org.bookingfleet.events.booking.BookingCancelled;
import org.bookingfleet.events.booking.BookingCompleted;
import org.bookingfleet.events.booking.BookingConfirmed;
import org.bookingfleet.events.booking.BookingRescheduled;
import org.bookingfleet.events.booking.WaitlistOfferMade;
import org.bookingfleet.events.booking.WaitlistOfferWithdrawn;
import org.bookingfleet.platform.consumer.EventSubscription;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class BookingEventsSubscription {

	@Bean
	EventSubscription bookingEvents(BookingJobPlanning planning, WaitlistOfferNotices offers,
			WaitlistOfferEndings endings) {
		return EventSubscription.named("integration-fan-out")
			.on(BookingConfirmed.class, planning::confirmed)
			.on(BookingRescheduled.class, planning::rescheduled)
			.on(BookingCancelled.class, planning::cancelled)
			.on(BookingCompleted.class, planning::completed)
			.on(WaitlistOfferMade.class, offers::offered)
			.on(WaitlistOfferWithdrawn.class, endings::withdrawn);
	}

}
