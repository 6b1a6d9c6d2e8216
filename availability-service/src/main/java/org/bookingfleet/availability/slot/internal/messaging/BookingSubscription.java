package org.bookingfleet.availability.slot.internal.messaging;

import org.bookingfleet.availability.slot.internal.store.BookedSlots;
import org.bookingfleet.events.booking.BookingCancelled;
import org.bookingfleet.events.booking.BookingExpired;
import org.bookingfleet.events.booking.BookingRequested;
import org.bookingfleet.events.booking.BookingRescheduled;
import org.bookingfleet.platform.consumer.EventSubscription;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class BookingSubscription {

	@Bean
	EventSubscription bookingSaga(BookedSlots slots) {
		return EventSubscription.named("booking-saga")
			.on(BookingRequested.class, (event, envelope) -> slots.requested(event))
			.on(BookingRescheduled.class, (event, envelope) -> slots.rescheduled(event))
			.on(BookingCancelled.class, (event, envelope) -> slots.cancelled(event))
			.on(BookingExpired.class, (event, envelope) -> slots.expired(event));
	}

}
