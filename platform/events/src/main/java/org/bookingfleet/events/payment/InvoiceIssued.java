package org.bookingfleet.events.payment;

import java.util.UUID;

import org.bookingfleet.events.EventContract;
import org.bookingfleet.events.Topics;

@EventContract(type = "InvoiceIssued", topic = Topics.PAYMENT, key = "bookingId")
public record InvoiceIssued(String invoiceNumber, UUID bookingId, UUID paymentId, long totalCents, String currency) {
}
