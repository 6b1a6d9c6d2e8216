package org.bookingfleet.pricing.quote;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.bookingfleet.pricing.engine.PriceBreakdown;

/** Turns a priced breakdown into a quote that expires after the configured lifetime and carries its token. */
public final class QuoteIssuer {

    public static final Duration DEFAULT_LIFETIME = Duration.ofMinutes(15);

    private final QuoteSigner signer;
    private final Duration lifetime;

    public QuoteIssuer(QuoteSigner signer, Duration lifetime) {
        this.signer = Objects.requireNonNull(signer, "signer");
        if (lifetime.isNegative() || lifetime.isZero()) {
            throw new IllegalArgumentException("a quote lives a positive time: " + lifetime);
        }
        this.lifetime = lifetime;
    }

    public Quote issue(String quoteId, PriceBreakdown breakdown, Instant start, int attendees, Duration duration,
            Instant now) {
        QuoteClaims claims = QuoteClaims.of(quoteId, breakdown, start, attendees, duration.toMinutes(), now,
                now.plus(lifetime));
        return new Quote(quoteId, breakdown, claims, signer.sign(claims));
    }
}
