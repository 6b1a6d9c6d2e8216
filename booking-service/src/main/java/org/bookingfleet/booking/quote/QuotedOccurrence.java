package org.bookingfleet.booking.quote;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The price a series quote vouches for one occurrence: its start, its figures and its
 * lines.
 */
public record QuotedOccurrence(Instant scheduledAt, long basePriceCents, long travelFeeCents, long timeSurchargeCents,
		long emergencyFeeCents, long promoDiscountCents, long taxesCents, long finalPriceCents,
		long depositRequiredCents, List<PriceLine> breakdown) {

	public QuotedOccurrence {
		Objects.requireNonNull(scheduledAt, "scheduledAt");
		breakdown = List.copyOf(breakdown);
	}
}
