package org.bookingfleet.payment.billing.intent;

import java.util.UUID;

/**
 * What the one asking about a booking's payment shows for it: their token's subject and
 * role, or the guest's booking access token, or the booking a valid manage link from one
 * of the customer's messages opens ({@code linkedBooking}, null without one).
 */
public record BookingCredentials(String subject, boolean admin, String bookingToken, UUID linkedBooking) {

	public BookingCredentials(String subject, boolean admin, String bookingToken) {
		this(subject, admin, bookingToken, null);
	}

	/** Whether these credentials let their bearer see and pay the booking. */
	public boolean open(DueBooking due) {
		return due.isOwnedBy(admin, subject, bookingToken) || due.bookingId().equals(linkedBooking);
	}

}
