package org.bookingfleet.payment.billing.internal.messaging;

import org.bookingfleet.events.booking.BookingAwaitingPayment;
import org.bookingfleet.events.booking.BookingCancelled;
import org.bookingfleet.events.booking.BookingConfirmed;
import org.bookingfleet.events.booking.BookingExpired;
import org.bookingfleet.events.booking.BookingFeeCharged;
import org.bookingfleet.events.booking.BookingRequested;
import org.bookingfleet.events.booking.BookingRescheduled;
import org.bookingfleet.events.booking.PaymentNotApplied;
import org.bookingfleet.payment.billing.internal.store.BookingAppointments;
import org.bookingfleet.payment.billing.internal.store.BookingPayments;
import org.bookingfleet.payment.billing.internal.store.Invoicing;
import org.bookingfleet.payment.billing.internal.store.RefundIssuing;
import org.bookingfleet.platform.consumer.EventSubscription;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The booking events the payment service follows, each applied once in the transaction
 * that records it.
 */
@Configuration(proxyBeanMethods = false)
class BookingEventsSubscription {

	@Bean
	EventSubscription bookingEvents(BookingPayments bookingPayments, RefundIssuing refunds,
			BookingAppointments appointments, Invoicing invoicing) {
		return EventSubscription.named("payments")
			.on(BookingRequested.class, (requested, envelope) -> appointments.requested(requested))
			.on(BookingRescheduled.class, (moved, envelope) -> appointments.rescheduled(moved))
			.on(BookingConfirmed.class,
					(confirmed, envelope) -> bookingPayments.lockBooking(confirmed.bookingId())
						.then(appointments.confirmed(confirmed))
						.then(invoicing.nameAttendees(confirmed.bookingId(),
								BookingAppointments.attendeeNames(confirmed))))
			.on(BookingAwaitingPayment.class, bookingPayments::awaitingPayment)
			.on(BookingCancelled.class,
					(cancelled, envelope) -> bookingPayments.lockBooking(cancelled.bookingId())
						.then(refunds.bookingCancelled(cancelled, envelope))
						.then(bookingPayments.bookingClosed(cancelled.bookingId(), "cancelled")))
			.on(BookingExpired.class,
					(expired, envelope) -> bookingPayments.lockBooking(expired.bookingId())
						.then(refunds.bookingExpired(expired, envelope))
						.then(bookingPayments.bookingClosed(expired.bookingId(), "expired")))
			.on(BookingFeeCharged.class,
					(charged, envelope) -> bookingPayments.feeCharged(charged, envelope)
						.then(refunds.bookingRepriced(charged, envelope)))
			.on(PaymentNotApplied.class, (notApplied, envelope) -> bookingPayments.lockBooking(notApplied.bookingId())
				.then(refunds.paymentNotApplied(notApplied, envelope)));
	}

}
