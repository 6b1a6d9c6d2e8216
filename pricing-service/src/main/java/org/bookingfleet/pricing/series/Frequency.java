package org.bookingfleet.pricing.series;

import java.time.LocalDateTime;

/** How often a series repeats, counted in the service's local calendar. */
public enum Frequency {

	DAILY, WEEKLY, BIWEEKLY, MONTHLY;

	/**
	 * The n-th local start counted from the first, so a series on the 31st stays on the
	 * 31st where the month has one.
	 */
	LocalDateTime nth(LocalDateTime first, int n) {
		return switch (this) {
			case DAILY -> first.plusDays(n);
			case WEEKLY -> first.plusWeeks(n);
			case BIWEEKLY -> first.plusWeeks(2L * n);
			case MONTHLY -> first.plusMonths(n);
		};
	}

}
