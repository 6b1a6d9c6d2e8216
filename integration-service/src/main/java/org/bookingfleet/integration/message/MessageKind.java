package org.bookingfleet.integration.message;

public enum MessageKind {

	CONFIRMATION("confirmation"), RESCHEDULED("rescheduled"), CANCELLATION("cancellation"), REMINDER_24H("reminder24h"),
	REMINDER_2H("reminder2h"), REMINDER_30M("reminder30m"), PROVIDER_ALERT("providerAlert"),
	WAITLIST_OFFER("waitlistOffer"),
	/**
	 * The slot of an offer already told was taken before its hold: the customer keeps
	 * their place in line.
	 */
	WAITLIST_OFFER_TAKEN("waitlistOfferTaken"),
	/** The link the signer of a remote online notarization joins Proof's session with. */
	RON_SIGNER_LINK("ronSignerLink"),
	/** Money went back to the customer, with a credit note against the invoice. */
	REFUND_ISSUED("refundIssued"),
	/** Before the appointment: the balance a deposit left is still due. */
	BALANCE_DUE("balanceDue");

	private final String key;

	MessageKind(String key) {
		this.key = key;
	}

	/** The prefix of this message's entries in a template file. */
	public String key() {
		return key;
	}

}
