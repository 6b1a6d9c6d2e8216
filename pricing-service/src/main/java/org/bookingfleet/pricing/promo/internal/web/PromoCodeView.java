package org.bookingfleet.pricing.promo.internal.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.bookingfleet.pricing.promo.PromoCode;
import org.bookingfleet.pricing.promo.PromoDiscount;
import org.bookingfleet.pricing.promo.PromoUsage;

public record PromoCodeView(String code, BigDecimal percentOff, Long amountOffCents, String currency, Instant validFrom,
		Instant validUntil, Long minimumSubtotalCents, List<String> serviceIds, Long totalLimit, Long perCustomerLimit,
		long redeemed, int revision, boolean active) {

	static PromoCodeView of(PromoCode promo, PromoUsage usage) {
		BigDecimal percent = promo.discount() instanceof PromoDiscount.PercentOff off ? off.share().value() : null;
		Long amount = promo.discount() instanceof PromoDiscount.AmountOff off ? off.amount().cents() : null;
		String currency = promo.discount() instanceof PromoDiscount.AmountOff off
				? off.amount().currency().getCurrencyCode()
				: promo.minimumSubtotal().map(minimum -> minimum.currency().getCurrencyCode()).orElse(null);
		return new PromoCodeView(promo.code(), percent, amount, currency, promo.validFrom(), promo.validUntil(),
				promo.minimumSubtotal().map(minimum -> minimum.cents()).orElse(null),
				promo.serviceIds().stream().sorted().toList(),
				promo.totalLimit().isPresent() ? promo.totalLimit().getAsLong() : null,
				promo.perCustomerLimit().isPresent() ? promo.perCustomerLimit().getAsLong() : null,
				usage.redeemedInTotal(), promo.revision(), promo.active());
	}
}
