package org.bookingfleet.platform.tokens;

import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The one written form of an address that a quote is bound to: pricing signs it, booking
 * compares the booking's address with it. Text parts are trimmed, their inner spaces
 * collapsed and lower-cased; coordinates keep five decimals (about a metre). Two
 * addresses a customer would call the same (spacing, case) have one key; any other
 * difference changes it.
 */
public final class AddressKey {

	private AddressKey() {
	}

	/**
	 * The key of an address, or null when it has no part at all (a service that does not
	 * travel).
	 */
	public static String of(String line1, String city, String state, String postalCode, String country, Double lat,
			Double lng) {
		String key = Stream
			.of(text(line1), text(city), text(state), text(postalCode), text(country), coordinate(lat), coordinate(lng))
			.collect(Collectors.joining("|"));
		return key.replace("|", "").isEmpty() ? null : key;
	}

	private static String text(String part) {
		return part == null ? "" : part.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

	private static String coordinate(Double degrees) {
		return degrees == null || degrees.isNaN() || degrees.isInfinite() ? ""
				: String.format(Locale.ROOT, "%.5f", degrees);
	}

}
