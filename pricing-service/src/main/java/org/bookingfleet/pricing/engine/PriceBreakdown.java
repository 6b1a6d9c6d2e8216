package org.bookingfleet.pricing.engine;

import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.bookingfleet.pricing.catalog.LineCode;

/**
 * The priced lines of one quote and the figures the public API shows, all derived from
 * the lines.
 */
public record PriceBreakdown(String serviceId, Currency currency, List<BreakdownLine> lines,
		Optional<String> promoCode) {

	public PriceBreakdown {
		Objects.requireNonNull(serviceId, "serviceId");
		Objects.requireNonNull(currency, "currency");
		lines = List.copyOf(lines);
		promoCode = promoCode == null ? Optional.empty() : promoCode;
		if (lines.stream().anyMatch(line -> !line.amount().currency().equals(currency))) {
			throw new IllegalArgumentException("every line is in " + currency);
		}
	}

	public long basePriceCents() {
		return sum(LineCode.BASE);
	}

	public long travelFeeCents() {
		return sum(LineCode.TRAVEL);
	}

	/** Weekend and after-hours surcharges together, as the public API reports them. */
	public long timeSurchargeCents() {
		return sum(LineCode.WEEKEND) + sum(LineCode.AFTER_HOURS);
	}

	public long emergencyFeeCents() {
		return sum(LineCode.EMERGENCY);
	}

	/** The discount as a positive amount (its line is negative). */
	public long promoDiscountCents() {
		return -sum(LineCode.PROMO);
	}

	public long taxesCents() {
		return sum(LineCode.TAX);
	}

	public long subtotalCents() {
		return lines.stream().filter(line -> line.code().isCharge()).mapToLong(line -> line.amount().cents()).sum();
	}

	public long finalPriceCents() {
		return lines.stream().filter(line -> line.code().addsToTotal()).mapToLong(line -> line.amount().cents()).sum();
	}

	public long depositRequiredCents() {
		return sum(LineCode.DEPOSIT);
	}

	public Optional<BreakdownLine> line(LineCode code) {
		return lines.stream().filter(line -> line.code() == code).findFirst();
	}

	private long sum(LineCode code) {
		return lines.stream().filter(line -> line.code() == code).mapToLong(line -> line.amount().cents()).sum();
	}
}
