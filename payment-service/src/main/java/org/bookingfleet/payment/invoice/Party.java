package org.bookingfleet.payment.invoice;

import java.util.List;
import java.util.Objects;

/** Who sells or buys on an invoice, as printed on it. */
public record Party(String name, String email, List<String> addressLines, String taxId) {

	public Party {
		Objects.requireNonNull(name, "name");
		addressLines = addressLines == null ? List.of() : List.copyOf(addressLines);
	}

}
