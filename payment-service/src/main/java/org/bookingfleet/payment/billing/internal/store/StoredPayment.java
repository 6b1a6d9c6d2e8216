package org.bookingfleet.payment.billing.internal.store;

import org.bookingfleet.payment.billing.intent.Payment;

/**
 * A payment as stored: with the client secret only its owner may see, and its version for
 * the events.
 */
public record StoredPayment(Payment payment, String clientSecret, long version) {
}
