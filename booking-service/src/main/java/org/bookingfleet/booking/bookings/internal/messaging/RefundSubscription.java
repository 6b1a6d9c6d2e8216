package org.bookingfleet.booking.bookings.internal.messaging;

import org.bookingfleet.events.payment.RefundIssued;
import org.bookingfleet.platform.consumer.EventSubscription;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The refunds the payment service issues, each recorded on its booking once, in the
 * transaction that records the event as consumed.
 */
@Configuration(proxyBeanMethods = false)
class RefundSubscription {

	@Bean
	EventSubscription refunds(BookingRefunds refunds) {
		return EventSubscription.named("refunds").on(RefundIssued.class, refunds::issued);
	}

}
