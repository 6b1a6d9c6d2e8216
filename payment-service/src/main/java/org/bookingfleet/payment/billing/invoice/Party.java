package org.bookingfleet.payment.billing.invoice;

import java.util.List;
import java.util.Objects;

/**
 * Who sells or buys on an invoice, as printed on it: the address already laid out for its
 * country, the tax id with what it is called there ("VAT number", "CUIT").
 */
public record Party(String name, String email, List<String> addressLines, String taxId, String taxIdLabel) {

	public Party {
		Objects.requireNonNull(name, "name");
		addressLines = addressLines == null ? List.of() : List.copyOf(addressLines);
	}

	public Party(String name, String email, List<String> addressLines, String taxId) {
		this(name, email, addressLines, taxId, null);
	}

}
