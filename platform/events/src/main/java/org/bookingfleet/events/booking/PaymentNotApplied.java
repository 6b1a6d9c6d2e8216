package org.bookingfleet.events.booking;

import java.util.UUID;
import org.bookingfleet.events.EventContract;
import org.bookingfleet.events.Topics;

/**
 * A payment arrived for a booking that no longer takes it (expired, cancelled or rejected meanwhile): the payment
 */
@EventContract(type = "PaymentNotApplied", topic = Topics.BOOKING)
public record PaymentNotApplied(UUID bookingId, UUID paymentId, String paymentIntentId, long amountCents, String currency,
        String bookingStatus) {
}
