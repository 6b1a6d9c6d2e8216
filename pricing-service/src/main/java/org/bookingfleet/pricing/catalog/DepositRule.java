package org.bookingfleet.pricing.catalog;

import java.util.Objects;
import org.bookingfleet.pricing.money.Money;
import org.bookingfleet.pricing.money.Percentage;

/**
 * How much of the total is due when booking; the rest is due later (at the appointment or
 * on an invoice).
 */
public sealed interface DepositRule {

	record NoDeposit() implements DepositRule {
	}

	record FixedAmount(Money amount) implements DepositRule {
		public FixedAmount {
			Objects.requireNonNull(amount, "amount");
			if (amount.isNegative() || amount.isZero()) {
				throw new IllegalArgumentException("a fixed deposit is positive: " + amount);
			}
		}
	}

	record PercentOfTotal(Percentage share) implements DepositRule {
		public PercentOfTotal {
			Objects.requireNonNull(share, "share");
		}
	}

	static DepositRule none() {
		return new NoDeposit();
	}

}
