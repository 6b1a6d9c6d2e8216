package org.bookingfleet.integration.balance.consumer;

import java.time.Clock;

import org.bookingfleet.events.payment.PaymentSucceeded;
import org.bookingfleet.integration.balance.store.BookingPayments;
import org.bookingfleet.platform.consumer.EventSubscription;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Keeps what each booking was paid, so a balance reminder asks only for what is due. */
@Configuration(proxyBeanMethods = false)
class PaymentEventsSubscription {

	@Bean
	EventSubscription paymentEvents(BookingPayments payments, Clock clock) {
		return EventSubscription.named("booking-payments")
			.on(PaymentSucceeded.class, (event, envelope) -> payments.received(event.bookingId(), event.paymentId(),
					event.amountCents(), clock.instant()));
	}

}
