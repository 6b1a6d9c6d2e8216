package org.bookingfleet.platform.tokens;

/**
 * What a link in a customer's message opens: one invoice or credit note (its document
 * number is the link's subject), or one booking's manage page (its booking id).
 */
public enum LinkPurpose {

	INVOICE("invoice"), MANAGE("manage");

	private final String claim;

	LinkPurpose(String claim) {
		this.claim = claim;
	}

	/** How the purpose is written in a token's {@code purpose} claim. */
	public String claim() {
		return claim;
	}

}
