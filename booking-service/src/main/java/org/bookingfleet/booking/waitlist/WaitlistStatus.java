package org.bookingfleet.booking.waitlist;

public enum WaitlistStatus {

	WAITING, OFFERED, BOOKED, LEFT, CLOSED

}
