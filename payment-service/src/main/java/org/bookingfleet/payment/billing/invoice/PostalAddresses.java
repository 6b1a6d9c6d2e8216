package org.bookingfleet.payment.billing.invoice;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Lays out an address for its country, as a letter to it would be addressed: a US address
 * ends {@code Houston, TX 77002}, a British one puts the town in capitals and the
 * postcode on its own line, an Argentine one puts the código postal before the city.
 */
public final class PostalAddresses {

	private PostalAddresses() {
	}

	public static List<String> lines(List<String> street, String locality, String region, String postalCode,
			String country, Locale language) {
		List<String> lines = new ArrayList<>(street == null ? List.of() : street);
		String code = country == null ? "" : country.toUpperCase(Locale.ROOT);
		switch (code) {
			case "US", "CA", "AU" -> lines.add(join(", ", locality, join(" ", region, postalCode)));
			case "GB" -> {
				lines.add(locality == null ? null : locality.toUpperCase(Locale.ROOT));
				lines.add(region);
				lines.add(postalCode);
			}
			default -> {
				lines.add(join(" ", postalCode, locality));
				lines.add(region);
			}
		}
		if (!code.isEmpty()) {
			lines.add(new Locale.Builder().setRegion(code)
				.build()
				.getDisplayCountry(language == null ? Locale.ENGLISH : language));
		}
		return lines.stream().filter(line -> line != null && !line.isBlank()).toList();
	}

	private static String join(String separator, String first, String second) {
		if (first == null || first.isBlank()) {
			return second;
		}
		return second == null || second.isBlank() ? first : first + separator + second;
	}

}
