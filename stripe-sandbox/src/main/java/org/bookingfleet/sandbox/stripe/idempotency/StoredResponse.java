package org.bookingfleet.sandbox.stripe.idempotency;

public record StoredResponse(int status, String body) {
}
