package org.bookingfleet.pricing.catalog;

import java.time.ZoneId;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;

/** One business on the platform, with the defaults its services are described in. */
public record Business(String id, String name, ZoneId timeZone, Currency currency, Locale locale) {

	public Business {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(timeZone, "timeZone");
		Objects.requireNonNull(currency, "currency");
		Objects.requireNonNull(locale, "locale");
	}
}
