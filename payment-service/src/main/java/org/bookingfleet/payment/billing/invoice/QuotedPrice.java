package org.bookingfleet.payment.billing.invoice;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The price a booking locked, as the pricing service quoted it: the payment service's own
 * copy.
 */
public record QuotedPrice(String quoteId, String currency, long totalCents, long depositCents, long taxesCents,
		List<Line> lines) {

	public QuotedPrice {
		Objects.requireNonNull(currency, "currency");
		lines = lines == null ? List.of() : List.copyOf(lines);
	}

	public record Line(String code, String label, long amountCents, String rule) {

		public boolean isTax() {
			return code != null && code.toUpperCase(Locale.ROOT).startsWith("TAX");
		}

		/** The deposit line says how much is due now; it is not a charge of its own. */
		public boolean isDeposit() {
			return code != null && code.equalsIgnoreCase("DEPOSIT");
		}

	}

}
