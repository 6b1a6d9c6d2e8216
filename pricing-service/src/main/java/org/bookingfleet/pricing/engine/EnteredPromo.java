package org.bookingfleet.pricing.engine;

import java.util.Objects;
import java.util.Optional;
import org.bookingfleet.pricing.promo.PromoCode;
import org.bookingfleet.pricing.promo.PromoUsage;

/**
 * A promo code as the customer typed it, what the catalog found under it, and its usage
 * so far.
 */
public record EnteredPromo(String enteredCode, Optional<PromoCode> found, PromoUsage usage) {

	public EnteredPromo {
		Objects.requireNonNull(enteredCode, "enteredCode");
		found = found == null ? Optional.empty() : found;
		usage = usage == null ? PromoUsage.unused() : usage;
	}

	public static EnteredPromo unknown(String enteredCode) {
		return new EnteredPromo(enteredCode, Optional.empty(), PromoUsage.unused());
	}

	public static EnteredPromo of(PromoCode promo, PromoUsage usage) {
		return new EnteredPromo(promo.code(), Optional.of(promo), usage);
	}
}
