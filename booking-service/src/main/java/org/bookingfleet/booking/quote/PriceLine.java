package org.bookingfleet.booking.quote;

import java.util.Objects;

/**
 * One line of a locked price as the pricing service signed it: code, label, signed amount
 * and the rule behind it.
 */
public record PriceLine(String code, String label, long amountCents, String rule) {

	public PriceLine {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(label, "label");
		Objects.requireNonNull(rule, "rule");
	}
}
