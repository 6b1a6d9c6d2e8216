package org.bookingfleet.payment.billing.intent;

/**
 * What a payment's success means for its booking: paid, or money to give back because it
 * is not wanted.
 */
public enum SuccessSettlement {

	ANNOUNCE_PAID, REFUND_BOOKING_CLOSED, REFUND_ALREADY_PAID;

	/**
	 * A booking takes money up to what it costs in full ({@code owedCents}: its price
	 * with the fees charged since): a success for a booking that expired or was
	 * cancelled, or for a booking its other payments already paid in full, is given back.
	 * A success while money is still owed (the rest of a part payment, the balance after
	 * a deposit, a fee charged after the booking was paid) is announced.
	 */
	public static SuccessSettlement of(boolean bookingClosed, long collectedBeforeCents, long owedCents) {
		if (bookingClosed) {
			return REFUND_BOOKING_CLOSED;
		}
		return collectedBeforeCents >= owedCents ? REFUND_ALREADY_PAID : ANNOUNCE_PAID;
	}

}
