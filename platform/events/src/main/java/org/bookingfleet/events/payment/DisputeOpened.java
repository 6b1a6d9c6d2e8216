package org.bookingfleet.events.payment;

import java.util.UUID;

import org.bookingfleet.events.EventContract;
import org.bookingfleet.events.Topics;

@EventContract(type = "DisputeOpened", topic = Topics.PAYMENT, key = "bookingId")
public record DisputeOpened(UUID paymentId, UUID bookingId, String disputeId, long amountCents, String reason) {
}
