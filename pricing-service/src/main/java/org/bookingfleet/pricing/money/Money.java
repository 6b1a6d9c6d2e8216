package org.bookingfleet.pricing.money;

import java.util.Currency;
import java.util.Objects;

/** An amount in integer minor units (cents, pence, centavos) of one ISO 4217 currency. */
public record Money(long cents, Currency currency) {

	public Money {
		Objects.requireNonNull(currency, "currency");
	}

	public static Money of(long cents, String currencyCode) {
		return new Money(cents, Currency.getInstance(currencyCode));
	}

	public static Money zero(Currency currency) {
		return new Money(0, currency);
	}

	public Money plus(Money other) {
		requireSameCurrency(other);
		return new Money(Math.addExact(cents, other.cents), currency);
	}

	public Money minus(Money other) {
		requireSameCurrency(other);
		return new Money(Math.subtractExact(cents, other.cents), currency);
	}

	public Money times(long factor) {
		return new Money(Math.multiplyExact(cents, factor), currency);
	}

	public Money negated() {
		return new Money(Math.negateExact(cents), currency);
	}

	public Money min(Money other) {
		requireSameCurrency(other);
		return cents <= other.cents ? this : other;
	}

	public boolean isZero() {
		return cents == 0;
	}

	public boolean isNegative() {
		return cents < 0;
	}

	public boolean isLessThan(Money other) {
		requireSameCurrency(other);
		return cents < other.cents;
	}

	public boolean sameCurrencyAs(Money other) {
		return currency.equals(other.currency);
	}

	private void requireSameCurrency(Money other) {
		if (!sameCurrencyAs(other)) {
			throw new IllegalArgumentException("currency mismatch: " + currency + " and " + other.currency);
		}
	}

	@Override
	public String toString() {
		return cents + " " + currency.getCurrencyCode();
	}
}
