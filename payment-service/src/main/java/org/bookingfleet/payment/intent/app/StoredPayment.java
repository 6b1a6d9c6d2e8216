package org.bookingfleet.payment.intent.app;

import org.bookingfleet.payment.intent.Payment;

/**
 * A payment as stored: with the client secret only its owner may see, and its version for
 * the events.
 */
public record StoredPayment(Payment payment, String clientSecret, long version) {
}
