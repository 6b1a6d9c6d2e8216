package org.bookingfleet.payment.intent;

/** What a payment's success means for its booking: paid, or money to give back because it is not wanted. */
public enum SuccessSettlement {

	ANNOUNCE_PAID, REFUND_BOOKING_CLOSED, REFUND_ALREADY_PAID;

	/**
	 * A booking is paid once: a success for a booking that expired or was cancelled, or for a booking another
	 * attempt already paid, is given back.
	 */
	public static SuccessSettlement of(boolean bookingClosed, boolean anotherAttemptPaid) {
		if (bookingClosed) {
			return REFUND_BOOKING_CLOSED;
		}
		return anotherAttemptPaid ? REFUND_ALREADY_PAID : ANNOUNCE_PAID;
	}

}
