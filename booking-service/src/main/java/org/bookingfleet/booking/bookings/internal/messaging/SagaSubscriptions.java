package org.bookingfleet.booking.bookings.internal.messaging;

import org.bookingfleet.events.availability.SlotRejected;
import org.bookingfleet.events.availability.SlotReserved;
import org.bookingfleet.events.booking.BookingAwaitingPayment;
import org.bookingfleet.events.booking.BookingCancelled;
import org.bookingfleet.events.booking.BookingCompleted;
import org.bookingfleet.events.booking.BookingConfirmed;
import org.bookingfleet.events.booking.BookingExpired;
import org.bookingfleet.events.booking.BookingRejected;
import org.bookingfleet.events.payment.PaymentSucceeded;
import org.bookingfleet.platform.consumer.EventSubscription;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class SagaSubscriptions {

	/**
	 * The availability service keys its answers by provider; the saga needs them in order
	 * per booking only, so one provider's bookings settle side by side.
	 */
	@Bean
	EventSubscription saga(SagaHandlers saga) {
		return EventSubscription.named("saga")
			.on(SlotReserved.class, "bookingId", saga::slotReserved)
			.on(SlotRejected.class, "bookingId", saga::slotRejected)
			.on(PaymentSucceeded.class, saga::paymentSucceeded);
	}

	/**
	 * Every instance hears every status change, so a request waiting on any instance
	 * learns that its booking settled.
	 */
	@Bean
	EventSubscription liveStatus(LiveStatusFeed changes) {
		return EventSubscription.named("live-status")
			.on(BookingAwaitingPayment.class, (event, envelope) -> changes.heard(event.bookingId()))
			.on(BookingConfirmed.class, (event, envelope) -> changes.heard(event.bookingId()))
			.on(BookingRejected.class, (event, envelope) -> changes.heard(event.bookingId()))
			.on(BookingCancelled.class, (event, envelope) -> changes.heard(event.bookingId()))
			.on(BookingExpired.class, (event, envelope) -> changes.heard(event.bookingId()))
			.on(BookingCompleted.class, (event, envelope) -> changes.heard(event.bookingId()))
			.perInstance();
	}

}
