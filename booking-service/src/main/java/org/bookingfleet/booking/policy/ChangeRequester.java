package org.bookingfleet.booking.policy;

public enum ChangeRequester {

	CUSTOMER, PROVIDER, ADMIN

}
