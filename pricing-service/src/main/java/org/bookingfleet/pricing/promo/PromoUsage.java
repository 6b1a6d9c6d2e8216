package org.bookingfleet.pricing.promo;

/** How often a code has been redeemed so far, in all and by the customer asking. */
public record PromoUsage(long redeemedInTotal, long redeemedByCustomer) {

	public PromoUsage {
		if (redeemedInTotal < 0 || redeemedByCustomer < 0 || redeemedByCustomer > redeemedInTotal) {
			throw new IllegalArgumentException("usage " + redeemedByCustomer + " of " + redeemedInTotal);
		}
	}

	public static PromoUsage unused() {
		return new PromoUsage(0, 0);
	}
}
