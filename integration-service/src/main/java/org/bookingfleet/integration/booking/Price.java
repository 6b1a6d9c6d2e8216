package org.bookingfleet.integration.booking;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/** What a booking costs, in minor units of its currency, written the reader's way. */
public record Price(long cents, String currency) {

	/**
	 * The formats made so far, one per reader's locale and currency. Making one looks up
	 * the locale's data, which cost 1.5 % of the service's CPU when every price made its
	 * own; a price is written with a copy, since a format is not safe for threads to
	 * share. The locales are the few the messages are written in, and no more than
	 * {@value #KEPT_FORMATS} are kept whatever comes.
	 */
	private static final Map<Style, NumberFormat> FORMATS = new ConcurrentHashMap<>();

	private static final int KEPT_FORMATS = 64;

	private record Style(Locale locale, String currency) {
	}

	public Price {
		Objects.requireNonNull(currency, "currency");
	}

	public String formatted(Locale locale) {
		Currency unit = Currency.getInstance(currency);
		int digits = Math.max(unit.getDefaultFractionDigits(), 0);
		return format(locale, unit, digits).format(BigDecimal.valueOf(cents, digits)).replace('\u00a0', ' ');
	}

	private static NumberFormat format(Locale locale, Currency unit, int digits) {
		Style style = new Style(locale, unit.getCurrencyCode());
		NumberFormat kept = FORMATS.get(style);
		if (kept == null) {
			kept = NumberFormat.getCurrencyInstance(locale);
			kept.setCurrency(unit);
			kept.setMinimumFractionDigits(digits);
			kept.setMaximumFractionDigits(digits);
			if (FORMATS.size() < KEPT_FORMATS) {
				FORMATS.putIfAbsent(style, kept);
			}
		}
		return (NumberFormat) kept.clone();
	}

}
