package org.bookingfleet.integration.booking;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;

/** What a booking costs, in minor units of its currency, written the reader's way. */
public record Price(long cents, String currency) {

	public Price {
		Objects.requireNonNull(currency, "currency");
	}

	public String formatted(Locale locale) {
		Currency unit = Currency.getInstance(currency);
		NumberFormat format = NumberFormat.getCurrencyInstance(locale);
		format.setCurrency(unit);
		int digits = Math.max(unit.getDefaultFractionDigits(), 0);
		format.setMinimumFractionDigits(digits);
		format.setMaximumFractionDigits(digits);
		return format.format(BigDecimal.valueOf(cents, digits)).replace('\u00a0', ' ');
	}

}
