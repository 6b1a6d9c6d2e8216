package org.bookingfleet.integration.booking;

public enum ServiceType {

	MOBILE, RON, IN_STORE, COURSE, HOURLY

}
