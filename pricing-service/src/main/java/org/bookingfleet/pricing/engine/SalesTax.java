package org.bookingfleet.pricing.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.bookingfleet.pricing.catalog.LineCode;
import org.bookingfleet.pricing.catalog.TaxJurisdiction;
import org.bookingfleet.pricing.money.Money;

/**
 * The tax line: the rate applied to the taxed charge lines less their share of the
 * discount. When the jurisdiction taxes only some lines, the discount is shared out pro
 * rata (that share rounded half-even); the tax itself is rounded half-even once.
 */
final class SalesTax {

	private SalesTax() {
	}

	static Optional<BreakdownLine> line(TaxJurisdiction jurisdiction, List<BreakdownLine> charges, Money discount) {
		if (!jurisdiction.taxesAnything()) {
			return Optional.empty();
		}
		long subtotal = charges.stream().mapToLong(line -> line.amount().cents()).sum();
		long taxedCharges = charges.stream()
			.filter(line -> jurisdiction.taxes(line.code()))
			.mapToLong(line -> line.amount().cents())
			.sum();
		long discountShare = taxedCharges == subtotal ? discount.cents()
				: BigDecimal.valueOf(discount.cents())
					.multiply(BigDecimal.valueOf(taxedCharges))
					.divide(BigDecimal.valueOf(subtotal), 0, RoundingMode.HALF_EVEN)
					.longValueExact();
		Money taxable = new Money(taxedCharges - discountShare, discount.currency());
		return Optional.of(new BreakdownLine(LineCode.TAX, jurisdiction.name() + " " + jurisdiction.rate(),
				jurisdiction.rate().of(taxable), new RuleRef("tax." + jurisdiction.code(), jurisdiction.revision())));
	}

}
