package org.bookingfleet.payment.billing.invoice;

public record InvoiceLine(String code, String label, long amountCents) {
}
