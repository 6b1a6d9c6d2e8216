package org.bookingfleet.integration.job.internal.messaging;

import java.time.Clock;

import org.bookingfleet.events.booking.PaymentNotApplied;
import org.bookingfleet.events.payment.PaymentSucceeded;
import org.bookingfleet.events.payment.RefundIssued;
import org.bookingfleet.integration.job.internal.store.BookingPayments;
import org.bookingfleet.platform.consumer.EventSubscription;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Keeps what each booking was paid, which payments it did not take, and what was refunded
 * of them, so a balance reminder asks only for what is due.
 */
@Configuration(proxyBeanMethods = false)
class PaymentEventsSubscription {

	@Bean
	EventSubscription paymentEvents(BookingPayments payments, Clock clock) {
		return EventSubscription.named("booking-payments")
			.on(PaymentSucceeded.class,
					(event, envelope) -> payments.received(event.bookingId(), event.paymentId(), event.amountCents(),
							clock.instant()))
			.on(RefundIssued.class,
					(event, envelope) -> payments.refunded(event.bookingId(), event.paymentId(), refundKey(event),
							event.amountCents(), clock.instant()))
			.on(PaymentNotApplied.class,
					(event, envelope) -> payments.notTaken(event.bookingId(), event.paymentId(), clock.instant()));
	}

	/**
	 * The refund's id; one announced without an id is told apart by its payment and
	 * amount.
	 */
	private static String refundKey(RefundIssued event) {
		return event.refundId() != null && !event.refundId().isBlank() ? event.refundId()
				: "payment:" + event.paymentId() + ":" + event.amountCents();
	}

}
