package org.bookingfleet.pricing.catalog;

import java.time.Duration;
import java.util.Currency;
import java.util.Objects;
import org.bookingfleet.pricing.money.Money;

/**
 * The time surcharges a service carries; a zero amount means the surcharge does not apply
 * to it.
 */
public record Surcharges(Money weekend, Money afterHours, Money emergency, Duration emergencyNotice) {

	public Surcharges {
		Objects.requireNonNull(weekend, "weekend");
		Objects.requireNonNull(afterHours, "afterHours");
		Objects.requireNonNull(emergency, "emergency");
		Objects.requireNonNull(emergencyNotice, "emergencyNotice");
		if (weekend.isNegative() || afterHours.isNegative() || emergency.isNegative() || emergencyNotice.isNegative()) {
			throw new IllegalArgumentException("surcharges are never negative");
		}
		if (!weekend.sameCurrencyAs(afterHours) || !weekend.sameCurrencyAs(emergency)) {
			throw new IllegalArgumentException("surcharges share one currency");
		}
	}

	public static Surcharges none(Currency currency) {
		Money zero = Money.zero(currency);
		return new Surcharges(zero, zero, zero, Duration.ZERO);
	}

	public Currency currency() {
		return weekend.currency();
	}
}
