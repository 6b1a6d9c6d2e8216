package org.bookingfleet.integration.message;

/** A document of the payment service that a message names, with its phrase. */
public enum DocumentKind {

	/** The booking's one invoice, named in the buyer's confirmation. */
	INVOICE("document.invoice"),
	/** The credit note of a refund, named in the refund's email. */
	CREDIT_NOTE("document.creditNote");

	private final String phrase;

	DocumentKind(String phrase) {
		this.phrase = phrase;
	}

	public String phrase() {
		return phrase;
	}

}
