package org.bookingfleet.integration.message;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A place as people of its country write it on one line: "1200 Main St, Houston, TX
 * 77002" in the United States, "221B Baker Street, London NW1 6XE" in Britain, "Av. Santa
 * Fe 1234, C1425 Buenos Aires, CABA" in Argentina; other countries get the street, city,
 * region and postal code followed by the country code.
 */
public record PostalAddress(String line1, String city, String state, String postalCode, String country) {

	public PostalAddress {
		line1 = clean(line1);
		city = clean(city);
		state = clean(state);
		postalCode = clean(postalCode);
		country = clean(country).toUpperCase(Locale.ROOT);
	}

	public String oneLine() {
		List<String> parts = new ArrayList<>();
		add(parts, line1);
		switch (country) {
			case "US", "USA", "" -> {
				add(parts, city);
				add(parts, join(state, postalCode));
			}
			case "GB", "UK" -> {
				add(parts, city.isEmpty() ? state : city);
				if (parts.size() > 1 && !postalCode.isEmpty()) {
					parts.set(parts.size() - 1, join(parts.get(parts.size() - 1), postalCode));
				}
				else {
					add(parts, postalCode);
				}
			}
			case "AR" -> {
				add(parts, join(postalCode, city));
				if (!state.equalsIgnoreCase(city)) {
					add(parts, state);
				}
				add(parts, "Argentina");
			}
			default -> {
				add(parts, city);
				add(parts, join(state, postalCode));
				add(parts, country);
			}
		}
		return String.join(", ", parts);
	}

	/** Nothing worth writing: no street and no city. */
	public Optional<String> written() {
		return line1.isEmpty() && city.isEmpty() ? Optional.empty() : Optional.of(oneLine());
	}

	private static String join(String first, String second) {
		return (first + " " + second).strip();
	}

	private static void add(List<String> parts, String part) {
		if (!part.isEmpty()) {
			parts.add(part);
		}
	}

	private static String clean(String text) {
		return text == null ? "" : text.strip();
	}

}
