package org.bookingfleet.events.payment;

import java.util.UUID;

import org.bookingfleet.events.EventContract;
import org.bookingfleet.events.Topics;

@EventContract(type = "RefundIssued", topic = Topics.PAYMENT, key = "bookingId")
public record RefundIssued(UUID paymentId, UUID bookingId, String refundId, long amountCents, String currency) {
}
