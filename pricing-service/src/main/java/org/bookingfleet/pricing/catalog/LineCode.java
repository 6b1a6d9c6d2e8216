package org.bookingfleet.pricing.catalog;

/** The kinds of line a quote's breakdown can hold, in the order they appear. */
public enum LineCode {

	BASE(true), TRAVEL(true), WEEKEND(true), AFTER_HOURS(true), EMERGENCY(true), PROMO(true), TAX(true),
	/**
	 * The part of the total due when booking: already inside the total, so it is not
	 * added again.
	 */
	DEPOSIT(false);

	private final boolean addsToTotal;

	LineCode(boolean addsToTotal) {
		this.addsToTotal = addsToTotal;
	}

	public boolean addsToTotal() {
		return addsToTotal;
	}

	public boolean isCharge() {
		return this == BASE || this == TRAVEL || this == WEEKEND || this == AFTER_HOURS || this == EMERGENCY;
	}

}
