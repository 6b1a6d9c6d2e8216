package org.bookingfleet.pricing.catalog;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.bookingfleet.pricing.money.Percentage;

/**
 * A sales tax or VAT: its rate and which charge lines it taxes. Revised, never edited in
 * place.
 */
public record TaxJurisdiction(String code, String name, Percentage rate, Set<LineCode> taxedLines, int revision) {

	public TaxJurisdiction {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(rate, "rate");
		taxedLines = taxedLines.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(taxedLines));
		if (taxedLines.stream().anyMatch(line -> !line.isCharge())) {
			throw new IllegalArgumentException("only charge lines are taxed: " + taxedLines);
		}
		if (revision < 1) {
			throw new IllegalArgumentException("revisions start at 1");
		}
	}

	public static TaxJurisdiction onAllCharges(String code, String name, String percent, int revision) {
		return new TaxJurisdiction(code, name, Percentage.of(percent),
				EnumSet.of(LineCode.BASE, LineCode.TRAVEL, LineCode.WEEKEND, LineCode.AFTER_HOURS, LineCode.EMERGENCY),
				revision);
	}

	public static TaxJurisdiction untaxed(String code, String name, int revision) {
		return new TaxJurisdiction(code, name, Percentage.zero(), Set.of(), revision);
	}

	public boolean taxesAnything() {
		return !rate.isZero() && !taxedLines.isEmpty();
	}

	public boolean taxes(LineCode line) {
		return taxedLines.contains(line);
	}
}
