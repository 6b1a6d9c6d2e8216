package org.bookingfleet.payment.intent.app;

import java.util.UUID;

/**
 * Who asks about a booking's payment: their token's subject and role, or the guest's
 * booking access token, or the booking a valid manage link from one of the customer's
 * messages opens ({@code linkedBooking}, null without one).
 */
public record Requester(String subject, boolean admin, String bookingToken, UUID linkedBooking) {

	public Requester(String subject, boolean admin, String bookingToken) {
		this(subject, admin, bookingToken, null);
	}

	/** Whether this requester may see and pay the booking. */
	public boolean owns(DueBooking due) {
		return due.isOwnedBy(admin, subject, bookingToken) || due.bookingId().equals(linkedBooking);
	}

}
