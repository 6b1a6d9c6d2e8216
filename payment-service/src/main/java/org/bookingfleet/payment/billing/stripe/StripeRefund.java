package org.bookingfleet.payment.billing.stripe;

public record StripeRefund(String id, String status, long amountCents) {
}
