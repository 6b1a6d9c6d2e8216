package org.bookingfleet.pricing.promo.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A promo code as an admin defines it: {@code percentOff} or {@code amountOffCents} (in
 * {@code currency}), a window, an optional minimum subtotal, the services it applies to
 * (none: every service) and its limits.
 */
public record PromoCodeBody(String code, BigDecimal percentOff, Long amountOffCents, String currency, Instant validFrom,
		Instant validUntil, Long minimumSubtotalCents, List<String> serviceIds, Long totalLimit,
		Long perCustomerLimit) {
}
