package org.bookingfleet.booking.series;

public enum OnConflict {

	FAIL, SKIP

}
