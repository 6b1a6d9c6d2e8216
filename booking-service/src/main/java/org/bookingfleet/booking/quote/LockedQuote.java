package org.bookingfleet.booking.quote;

import java.time.Instant;
import java.util.Objects;

/** The price a quote token vouches for, kept by the booking as its price snapshot. {@code promoCode} may be null. */
public record LockedQuote(
        String quoteId,
        String serviceId,
        String currency,
        Instant scheduledAt,
        long attendees,
        long durationMinutes,
        String promoCode,
        long basePriceCents,
        long travelFeeCents,
        long timeSurchargeCents,
        long emergencyFeeCents,
        long promoDiscountCents,
        long taxesCents,
        long finalPriceCents,
        long depositRequiredCents,
        Instant issuedAt,
        Instant expiresAt) {

    public LockedQuote {
        Objects.requireNonNull(quoteId, "quoteId");
        Objects.requireNonNull(serviceId, "serviceId");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(scheduledAt, "scheduledAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /** What the customer must pay before the booking is firm: the deposit if there is one, else everything. */
    public long amountDueNowCents(boolean payAtAppointment) {
        if (payAtAppointment) {
            return 0;
        }
        return depositRequiredCents > 0 ? Math.min(depositRequiredCents, finalPriceCents) : finalPriceCents;
    }
}
