package org.bookingfleet.booking.analytics;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An amount split into the net and the tax in it, in the proportion of a price's taxes to
 * the price (half up to the cent): net + tax is always the amount.
 */
public record TaxSplit(long netCents, long taxCents) {

	public static TaxSplit of(long amountCents, long taxesCents, long priceCents) {
		if (amountCents <= 0 || taxesCents <= 0 || priceCents <= 0) {
			return new TaxSplit(amountCents, 0);
		}
		long tax = BigDecimal.valueOf(amountCents)
			.multiply(BigDecimal.valueOf(Math.min(taxesCents, priceCents)))
			.divide(BigDecimal.valueOf(priceCents), 0, RoundingMode.HALF_UP)
			.longValueExact();
		return new TaxSplit(amountCents - tax, tax);
	}

	public long totalCents() {
		return netCents + taxCents;
	}

}
