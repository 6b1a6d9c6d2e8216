package org.bookingfleet.booking.analytics;

import java.time.LocalDate;

/**
 * Money collected less refunds ({@code totalCents}), split into the net and the tax in
 * it, and the refunds taken off ({@code refundedCents}), in minor units of one currency.
 */
public record Revenue(long netCents, long taxCents, long totalCents, long refundedCents) {

	public static final Revenue NONE = new Revenue(0, 0, 0, 0);

	static Revenue of(BookingFact fact) {
		TaxSplit split = fact.revenue();
		return new Revenue(split.netCents(), split.taxCents(), split.totalCents(), fact.refundedCents());
	}

	Revenue plus(Revenue other) {
		return new Revenue(Math.addExact(netCents, other.netCents), Math.addExact(taxCents, other.taxCents),
				Math.addExact(totalCents, other.totalCents), Math.addExact(refundedCents, other.refundedCents));
	}

	/** The revenue of one day in the business's zone, in one currency. */
	public record OfDay(LocalDate day, String currency, long netCents, long taxCents, long totalCents,
			long refundedCents) {

		static OfDay of(LocalDate day, String currency, Revenue revenue) {
			return new OfDay(day, currency, revenue.netCents(), revenue.taxCents(), revenue.totalCents(),
					revenue.refundedCents());
		}

	}

}
