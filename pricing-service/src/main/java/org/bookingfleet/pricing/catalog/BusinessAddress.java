package org.bookingfleet.pricing.catalog;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Where a business is registered, as its parts: how they are laid out depends on the
 * country, which is an ISO 3166-1 alpha-2 code.
 */
public record BusinessAddress(List<String> streetLines, String locality, String region, String postalCode,
		String country) {

	public BusinessAddress {
		streetLines = streetLines == null ? List.of() : List.copyOf(streetLines);
		Objects.requireNonNull(locality, "locality");
		Objects.requireNonNull(country, "country");
		if (streetLines.isEmpty()) {
			throw new IllegalArgumentException("an address has at least one street line");
		}
		if (!country.matches("[A-Z]{2}") || !List.of(Locale.getISOCountries()).contains(country)) {
			throw new IllegalArgumentException("the country is an ISO 3166-1 alpha-2 code: " + country);
		}
	}

}
