package org.bookingfleet.pricing.engine;

import java.util.Optional;
import org.bookingfleet.pricing.catalog.DepositRule;
import org.bookingfleet.pricing.catalog.LineCode;
import org.bookingfleet.pricing.money.Money;

/**
 * The deposit line: part of the total (after tax) due when booking, never more than the
 * total.
 */
final class Deposit {

	private Deposit() {
	}

	static Optional<BreakdownLine> line(DepositRule rule, Money total, int revision) {
		if (rule instanceof DepositRule.FixedAmount fixed) {
			return Optional.of(new BreakdownLine(LineCode.DEPOSIT, "Deposit due now", fixed.amount().min(total),
					new RuleRef("deposit.fixed", revision)));
		}
		if (rule instanceof DepositRule.PercentOfTotal percent) {
			return Optional
				.of(new BreakdownLine(LineCode.DEPOSIT, "Deposit due now, " + percent.share() + " of the total",
						percent.share().of(total), new RuleRef("deposit.percent", revision)));
		}
		return Optional.empty();
	}

}
