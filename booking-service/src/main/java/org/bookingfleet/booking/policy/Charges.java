package org.bookingfleet.booking.policy;

import java.util.Objects;

/** What a booking costs and what the customer has paid so far, in minor units of one currency. */
public record Charges(long totalCents, long depositCents, long paidCents, String currency) {

    public Charges {
        Objects.requireNonNull(currency, "currency");
        if (totalCents < 0 || depositCents < 0 || paidCents < 0) {
            throw new IllegalArgumentException("amounts cannot be negative");
        }
        if (depositCents > totalCents) {
            throw new IllegalArgumentException("deposit exceeds the total");
        }
    }
}
