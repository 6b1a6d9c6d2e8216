package org.bookingfleet.pricing.quote;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.bookingfleet.pricing.engine.PriceBreakdown;
import org.bookingfleet.pricing.engine.PricedOccurrence;
import org.bookingfleet.pricing.series.Recurrence;

/**
 * Turns a priced breakdown into a quote that expires after the configured lifetime and
 * carries its token.
 */
public final class QuoteIssuer {

	public static final Duration DEFAULT_LIFETIME = Duration.ofMinutes(15);

	private final QuoteSignature signer;

	private final Duration lifetime;

	public QuoteIssuer(QuoteSignature signer, Duration lifetime) {
		this.signer = Objects.requireNonNull(signer, "signer");
		if (lifetime.isNegative() || lifetime.isZero()) {
			throw new IllegalArgumentException("a quote lives a positive time: " + lifetime);
		}
		this.lifetime = lifetime;
	}

	public Quote issue(String quoteId, PriceBreakdown breakdown, Instant start, int attendees, Duration duration,
			Instant now) {
		return sign(quoteId, breakdown,
				QuoteClaims.of(quoteId, breakdown, start, attendees, duration.toMinutes(), now, now.plus(lifetime)));
	}

	/**
	 * A quote for one appointment, bound to the address, customer and promo limits it was
	 * priced with.
	 */
	public Quote issue(String quoteId, PriceBreakdown breakdown, Instant start, int attendees, Duration duration,
			QuoteBinding binding, Instant now) {
		return sign(quoteId, breakdown,
				QuoteClaims.of(quoteId, breakdown, start, attendees, duration.toMinutes(), now, now.plus(lifetime))
					.withBinding(binding));
	}

	/**
	 * A series quote: the first occurrence's figures at the top, every occurrence's own
	 * price signed beside them.
	 */
	public Quote issueSeries(String quoteId, Recurrence recurrence, List<PricedOccurrence> occurrences, int attendees,
			Duration duration, Instant now) {
		PricedOccurrence first = occurrences.get(0);
		return sign(quoteId, first.breakdown(),
				seriesClaims(quoteId, recurrence, occurrences, attendees, duration, now));
	}

	/**
	 * A series quote bound to the address, customer and promo limits every occurrence was
	 * priced with.
	 */
	public Quote issueSeries(String quoteId, Recurrence recurrence, List<PricedOccurrence> occurrences, int attendees,
			Duration duration, QuoteBinding binding, Instant now) {
		PricedOccurrence first = occurrences.get(0);
		return sign(quoteId, first.breakdown(),
				seriesClaims(quoteId, recurrence, occurrences, attendees, duration, now).withBinding(binding));
	}

	private QuoteClaims seriesClaims(String quoteId, Recurrence recurrence, List<PricedOccurrence> occurrences,
			int attendees, Duration duration, Instant now) {
		PricedOccurrence first = occurrences.get(0);
		SeriesClaims series = new SeriesClaims(recurrence, occurrences.stream().map(OccurrenceClaims::of).toList());
		return QuoteClaims
			.of(quoteId, first.breakdown(), first.start(), attendees, duration.toMinutes(), now, now.plus(lifetime))
			.withSeries(series);
	}

	private Quote sign(String quoteId, PriceBreakdown breakdown, QuoteClaims claims) {
		return new Quote(quoteId, breakdown, claims, signer.sign(claims));
	}

}
