package org.bookingfleet.booking.saga;

/**
 * What undoes the work a booking set going elsewhere when it does not go ahead, and who
 * does it.
 */
public enum Compensation {

	/** Nothing was set going that needs undoing. */
	NONE("nothing to undo"),
	/**
	 * A series that is all or nothing ({@code OnConflict.FAIL}) loses every occurrence
	 * when one is lost: the booking service cancels the other open occurrences, each
	 * cancellation compensated in turn.
	 */
	CANCEL_OTHER_OCCURRENCES("an all-or-nothing series cancels its other open occurrences"),
	/**
	 * The booking's slot and money go back: the availability service releases the slot,
	 * the payment service cancels the payment intent or refunds what the booking keeps,
	 * the integration service cancels the partner work (calendar, notarization, CRM) and
	 * tells the customer.
	 */
	RELEASE_SLOT_AND_MONEY("availability releases the slot, payment cancels the intent or refunds, "
			+ "integration cancels partner work"),
	/** The payment service gives back a payment the booking did not take, in full. */
	GIVE_PAYMENT_BACK("payment refunds the payment in full"),
	/**
	 * A reschedule that could not be finished keeps the old slot and price; the
	 * availability service releases the slot the booking does not take.
	 */
	KEEP_OLD_SLOT("the booking keeps its old slot and price");

	private final String meaning;

	Compensation(String meaning) {
		this.meaning = meaning;
	}

	public String meaning() {
		return meaning;
	}

}
