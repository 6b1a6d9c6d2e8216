package org.bookingfleet.integration.waitlist;

/**
 * Why an offer ended before its customer could take it. Its notices not sent yet are
 * cancelled either way; only a refused hold is followed up on the channels where the
 * offer was already told, so the customer does not go for a slot that is gone. A customer
 * who left the waitlist needs no word about it.
 */
public enum OfferEnd {

	/**
	 * The slot could not be held for the offer: someone else took it a moment earlier.
	 */
	HOLD_REFUSED(true),
	/** The customer left the waitlist while offered. */
	WITHDRAWN(false);

	private final boolean followedUp;

	OfferEnd(boolean followedUp) {
		this.followedUp = followedUp;
	}

	/** Whether a customer already told of the offer hears that it ended. */
	public boolean followedUp() {
		return followedUp;
	}

}
