package org.bookingfleet.integration.booking;

/** The states of a booking this service acts on; earlier ones never reach it. */
public enum BookingStatus {

	CONFIRMED, CANCELLED, COMPLETED

}
