package org.bookingfleet.payment.money;

import java.util.Currency;
import java.util.Objects;

/** An amount in integer minor units of one ISO 4217 currency. */
public record Money(long cents, Currency currency) {

	public Money {
		Objects.requireNonNull(currency, "currency");
	}

	public static Money of(long cents, String currencyCode) {
		return new Money(cents, Currency.getInstance(currencyCode.toUpperCase(java.util.Locale.ROOT)));
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

	public boolean isPositive() {
		return cents > 0;
	}

	public boolean isGreaterThan(Money other) {
		requireSameCurrency(other);
		return cents > other.cents;
	}

	public Money min(Money other) {
		requireSameCurrency(other);
		return cents <= other.cents ? this : other;
	}

	public String currencyCode() {
		return currency.getCurrencyCode();
	}

	private void requireSameCurrency(Money other) {
		if (!currency.equals(other.currency)) {
			throw new IllegalArgumentException("cannot combine " + currency + " with " + other.currency);
		}
	}

}
