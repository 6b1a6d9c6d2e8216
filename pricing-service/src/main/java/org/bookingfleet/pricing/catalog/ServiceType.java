package org.bookingfleet.pricing.catalog;

public enum ServiceType {

	MOBILE, RON, IN_STORE, COURSE, HOURLY

}
