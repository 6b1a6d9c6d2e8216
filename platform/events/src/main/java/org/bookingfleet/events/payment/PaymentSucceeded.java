package org.bookingfleet.events.payment;

import java.util.UUID;

import org.bookingfleet.events.EventContract;
import org.bookingfleet.events.Topics;

@EventContract(type = "PaymentSucceeded", topic = Topics.PAYMENT, key = "bookingId")
public record PaymentSucceeded(UUID paymentId, UUID bookingId, String paymentIntentId, long amountCents,
		String currency) {
}
