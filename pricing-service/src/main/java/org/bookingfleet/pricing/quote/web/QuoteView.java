package org.bookingfleet.pricing.quote.web;

import java.time.Instant;
import java.util.List;
import org.bookingfleet.pricing.engine.PriceBreakdown;
import org.bookingfleet.pricing.quote.Quote;
import org.bookingfleet.pricing.quote.QuoteClaims;

/** A quote as API.md shows it, with the priced appointment echoed back. */
public record QuoteView(String quoteId, String serviceId, String currency, Instant scheduledDateTime, long attendees,
        long durationMinutes, String promoCode, long basePriceCents, long travelFeeCents, long timeSurchargeCents,
        long emergencyFeeCents, long promoDiscountCents, long taxesCents, long finalPriceCents,
        long depositRequiredCents, List<LineView> breakdown, Instant issuedAt, Instant expiresAt, String quoteToken) {

    public record LineView(String code, String label, long amountCents, String rule) {
    }

    static QuoteView of(Quote quote) {
        PriceBreakdown breakdown = quote.breakdown();
        QuoteClaims claims = quote.claims();
        return new QuoteView(quote.id(), claims.serviceId(), claims.currency(), claims.scheduledAt(), claims.attendees(),
                claims.durationMinutes(), claims.promoCode().orElse(null), breakdown.basePriceCents(),
                breakdown.travelFeeCents(), breakdown.timeSurchargeCents(), breakdown.emergencyFeeCents(),
                breakdown.promoDiscountCents(), breakdown.taxesCents(), breakdown.finalPriceCents(),
                breakdown.depositRequiredCents(),
                breakdown.lines().stream().map(line -> new LineView(line.code().name(), line.label(),
                        line.amount().cents(), line.rule().toString())).toList(),
                claims.issuedAt(), claims.expiresAt(), quote.token());
    }
}
