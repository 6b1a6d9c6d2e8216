package org.bookingfleet.booking.series;

/** What a series does when one of its occurrences cannot be booked. */
public enum OnConflict {

	/** All or nothing: an occurrence lost to a conflict cancels the others. */
	FAIL,

	/** The free occurrences are kept; a lost one is skipped. */
	SKIP;

	/** Whether losing one occurrence cancels the series' other live occurrences. */
	public boolean losingOneCancelsTheRest() {
		return this == FAIL;
	}

}
