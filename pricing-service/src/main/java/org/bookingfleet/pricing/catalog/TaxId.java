package org.bookingfleet.pricing.catalog;

import java.util.Objects;

/**
 * A business's tax registration as its invoices print it: what it is called where the
 * business is registered ("Texas sales tax permit", "CUIT", "VAT number") and its number.
 */
public record TaxId(String label, String number) {

	public TaxId {
		Objects.requireNonNull(label, "label");
		Objects.requireNonNull(number, "number");
		if (label.isBlank() || number.isBlank()) {
			throw new IllegalArgumentException("a tax id has a label and a number");
		}
	}

}
