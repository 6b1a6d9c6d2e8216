package org.bookingfleet.pricing.promo;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.bookingfleet.pricing.money.Money;
import org.bookingfleet.pricing.promo.PromoDiscount.AmountOff;

/**
 * A promo code and its rules. Limits are checked here against the usage known when
 * quoting; the count itself is taken atomically when a booking is confirmed, so a quote
 * can never push a code past its limit. A deactivated code gives no discount to a new
 * quote; quotes given before keep theirs (their price is signed).
 */
public record PromoCode(String code, PromoDiscount discount, Instant validFrom, Instant validUntil,
		Optional<Money> minimumSubtotal, Set<String> serviceIds, OptionalLong totalLimit, OptionalLong perCustomerLimit,
		int revision, boolean active) {

	public PromoCode {
		code = normalise(Objects.requireNonNull(code, "code"));
		Objects.requireNonNull(discount, "discount");
		Objects.requireNonNull(validFrom, "validFrom");
		Objects.requireNonNull(validUntil, "validUntil");
		minimumSubtotal = minimumSubtotal == null ? Optional.empty() : minimumSubtotal;
		serviceIds = serviceIds == null ? Set.of() : Set.copyOf(serviceIds);
		totalLimit = totalLimit == null ? OptionalLong.empty() : totalLimit;
		perCustomerLimit = perCustomerLimit == null ? OptionalLong.empty() : perCustomerLimit;
		if (code.isEmpty() || !validFrom.isBefore(validUntil) || revision < 1) {
			throw new IllegalArgumentException("promo " + code + ": empty code, empty window or bad revision");
		}
	}

	/** An active code. */
	public PromoCode(String code, PromoDiscount discount, Instant validFrom, Instant validUntil,
			Optional<Money> minimumSubtotal, Set<String> serviceIds, OptionalLong totalLimit,
			OptionalLong perCustomerLimit, int revision) {
		this(code, discount, validFrom, validUntil, minimumSubtotal, serviceIds, totalLimit, perCustomerLimit, revision,
				true);
	}

	/**
	 * This code as an admin changed it: the terms and the state of {@code changed}, the
	 * next revision.
	 */
	public PromoCode changedTo(PromoCode changed) {
		if (!changed.code.equals(code)) {
			throw new IllegalArgumentException("promo " + code + " cannot become " + changed.code);
		}
		return new PromoCode(code, changed.discount, changed.validFrom, changed.validUntil, changed.minimumSubtotal,
				changed.serviceIds, changed.totalLimit, changed.perCustomerLimit, revision + 1, changed.active);
	}

	public static String normalise(String enteredCode) {
		return enteredCode.trim().toUpperCase(Locale.ROOT);
	}

	/**
	 * The discount this code gives on a subtotal of a service at a moment, or why it
	 * gives none.
	 */
	public PromoOutcome offer(String serviceId, Money subtotal, Instant at, PromoUsage usage) {
		if (!active) {
			return new PromoOutcome.Refused(PromoRefusal.DEACTIVATED);
		}
		if (at.isBefore(validFrom) || !at.isBefore(validUntil)) {
			return new PromoOutcome.Refused(PromoRefusal.EXPIRED);
		}
		if (!appliesTo(serviceId) || !speaks(subtotal)) {
			return new PromoOutcome.Refused(PromoRefusal.NOT_APPLICABLE);
		}
		if (!canBeRedeemedAfter(usage)) {
			return new PromoOutcome.Refused(PromoRefusal.EXHAUSTED);
		}
		if (minimumSubtotal.filter(subtotal::isLessThan).isPresent()) {
			return new PromoOutcome.Refused(PromoRefusal.BELOW_MINIMUM);
		}
		Money discount = discount().of(subtotal).min(subtotal);
		return new PromoOutcome.Granted(this, discount.isNegative() ? Money.zero(subtotal.currency()) : discount);
	}

	/** Whether one more redemption stays within both limits. */
	public boolean canBeRedeemedAfter(PromoUsage usage) {
		boolean totalLeft = totalLimit.isEmpty() || usage.redeemedInTotal() < totalLimit.getAsLong();
		boolean customerLeft = perCustomerLimit.isEmpty() || usage.redeemedByCustomer() < perCustomerLimit.getAsLong();
		return totalLeft && customerLeft;
	}

	public boolean appliesTo(String serviceId) {
		return serviceIds.isEmpty() || serviceIds.contains(serviceId);
	}

	private boolean speaks(Money subtotal) {
		boolean discountCurrency = !(discount instanceof AmountOff amountOff)
				|| amountOff.amount().sameCurrencyAs(subtotal);
		boolean minimumCurrency = minimumSubtotal.map(minimum -> minimum.sameCurrencyAs(subtotal)).orElse(true);
		return discountCurrency && minimumCurrency;
	}
}
