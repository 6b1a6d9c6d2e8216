package org.bookingfleet.pricing.engine;

import java.util.Objects;
import org.bookingfleet.pricing.catalog.LineCode;
import org.bookingfleet.pricing.money.Money;

/**
 * One line of a quote. Amounts are signed: a discount line is negative, so the lines add
 * up to the total.
 */
public record BreakdownLine(LineCode code, String label, Money amount, RuleRef rule) {

	public BreakdownLine {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(label, "label");
		Objects.requireNonNull(amount, "amount");
		Objects.requireNonNull(rule, "rule");
	}
}
