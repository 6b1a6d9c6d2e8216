package org.bookingfleet.pricing.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A rate such as 8.25 %. Applying it to an amount is exact in decimal arithmetic and then
 * rounded once, half-even, to whole minor units: the one rounding of the line it
 * produces.
 */
public record Percentage(BigDecimal value) {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	public Percentage {
		Objects.requireNonNull(value, "value");
		if (value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
			throw new IllegalArgumentException("a percentage lies between 0 and 100: " + value);
		}
		value = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
	}

	public static Percentage of(String value) {
		return new Percentage(new BigDecimal(value));
	}

	public static Percentage zero() {
		return new Percentage(BigDecimal.ZERO);
	}

	public boolean isZero() {
		return value.signum() == 0;
	}

	public Money of(Money amount) {
		BigDecimal exact = BigDecimal.valueOf(amount.cents()).multiply(value).movePointLeft(2);
		return new Money(exact.setScale(0, RoundingMode.HALF_EVEN).longValueExact(), amount.currency());
	}

	@Override
	public String toString() {
		return value.stripTrailingZeros().toPlainString() + "%";
	}
}
