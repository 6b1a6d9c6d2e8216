package org.bookingfleet.booking.series;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OnConflictTest {

	@Test
	void anAllOrNothingSeriesCancelsTheRestWhenOneOccurrenceIsLost() {
		assertThat(OnConflict.FAIL.losingOneCancelsTheRest()).isTrue();
	}

	@Test
	void aSkippingSeriesKeepsTheRest() {
		assertThat(OnConflict.SKIP.losingOneCancelsTheRest()).isFalse();
	}

}
