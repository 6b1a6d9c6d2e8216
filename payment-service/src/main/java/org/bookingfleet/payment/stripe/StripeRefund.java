package org.bookingfleet.payment.stripe;

public record StripeRefund(String id, String status, long amountCents) {
}
