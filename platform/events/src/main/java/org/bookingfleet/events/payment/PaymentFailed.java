package org.bookingfleet.events.payment;

import java.util.UUID;

import org.bookingfleet.events.EventContract;
import org.bookingfleet.events.Topics;

@EventContract(type = "PaymentFailed", topic = Topics.PAYMENT, key = "bookingId")
public record PaymentFailed(UUID paymentId, UUID bookingId, String paymentIntentId, String failureCode,
		String message) {
}
