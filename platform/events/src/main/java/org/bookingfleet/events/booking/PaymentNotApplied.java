package org.bookingfleet.events.booking;

import java.util.UUID;
import org.bookingfleet.events.EventContract;
import org.bookingfleet.events.Topics;

/**
 * A payment the booking did not take: it arrived after the booking closed (expired,
 * cancelled or rejected meanwhile), in another currency than the booking's, or when
 * nothing was due. The booking is unchanged; the payment service gives the money back.
 * {@code bookingStatus} is the booking's status when the payment arrived.
 */
@EventContract(type = "PaymentNotApplied", topic = Topics.BOOKING, key = "bookingId")
public record PaymentNotApplied(UUID bookingId, UUID paymentId, String paymentIntentId, long amountCents,
		String currency, String bookingStatus) {
}
