package org.bookingfleet.payment.invoice;

public record InvoiceLine(String code, String label, long amountCents) {
}
