package org.bookingfleet.booking.quote;

public sealed interface QuoteVerification {

    record Verified(LockedQuote quote, String keyId) implements QuoteVerification {
    }

    /** {@code code} is QUOTE_INVALID or QUOTE_EXPIRED, as the public API names them. */
    record Refused(String code, String reason) implements QuoteVerification {
    }
}
