package org.bookingfleet.pricing.engine;

import java.time.Instant;
import java.util.Objects;

/**
 * One occurrence of a series with the price of its own start: its own time band, its own
 * lines.
 */
public record PricedOccurrence(int index, Instant start, PriceBreakdown breakdown) {

	public PricedOccurrence {
		Objects.requireNonNull(start, "start");
		Objects.requireNonNull(breakdown, "breakdown");
	}
}
