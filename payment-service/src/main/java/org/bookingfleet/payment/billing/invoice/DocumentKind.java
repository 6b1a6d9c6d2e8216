package org.bookingfleet.payment.billing.invoice;

/** Each kind of document has its own gapless series per year. */
public enum DocumentKind {

	INVOICE("INV"), CREDIT_NOTE("CN");

	private final String prefix;

	DocumentKind(String prefix) {
		this.prefix = prefix;
	}

	public String prefix() {
		return prefix;
	}

	static DocumentKind ofPrefix(String prefix) {
		for (DocumentKind kind : values()) {
			if (kind.prefix.equals(prefix)) {
				return kind;
			}
		}
		throw new IllegalArgumentException("no document series " + prefix);
	}

}
