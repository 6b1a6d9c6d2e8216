package org.bookingfleet.payment.intent.app;

/**
 * Who asks about a booking's payment: their token's subject and role, or the guest's
 * booking access token.
 */
public record Requester(String subject, boolean admin, String bookingToken) {
}
