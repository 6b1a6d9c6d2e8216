package org.bookingfleet.pricing.promo.internal.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A promo code as an admin defines it: {@code percentOff} or {@code amountOffCents} (in
 * {@code currency}), a window, an optional minimum subtotal, the services it applies to
 * (none: every service), its limits (none: unlimited) and whether it is active (none: a
 * new code is, a changed one keeps its state).
 */
public record PromoCodeBody(String code, BigDecimal percentOff, Long amountOffCents, String currency, Instant validFrom,
		Instant validUntil, Long minimumSubtotalCents, List<String> serviceIds, Long totalLimit, Long perCustomerLimit,
		Boolean active) {
}
