package org.bookingfleet.booking.waitlist;

/**
 * Where an offer ended. Only an OPEN offer closes; how it closed decides what its entry
 * becomes: booked, back in line (the hold lapsed, was released or could not be placed
 * because someone else had the slot) or gone.
 */
public enum OfferStatus {

	OPEN, BOOKED, LAPSED, RELEASED, TAKEN, WITHDRAWN;

	/** What the entry becomes when its offer closes this way. */
	public WaitlistStatus entryAfter(WaitlistStatus entry) {
		return switch (this) {
			case OPEN -> entry;
			case BOOKED -> WaitlistStatus.BOOKED;
			case WITHDRAWN -> WaitlistStatus.LEFT;
			case LAPSED, RELEASED, TAKEN -> entry == WaitlistStatus.OFFERED ? WaitlistStatus.WAITING : entry;
		};
	}

	/**
	 * An offer still open when its hold was released closed by lapsing if its time was
	 * up, else by the release.
	 */
	public static OfferStatus whenHoldReleased(boolean pastExpiry) {
		return pastExpiry ? LAPSED : RELEASED;
	}

}
