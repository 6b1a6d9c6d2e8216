package org.bookingfleet.pricing.geo;

import java.util.Optional;

/**
 * Where a mobile service takes place, as the customer typed it; coordinates when the
 * client knows them.
 */
public record Address(String line1, String city, String state, String postalCode, String country,
		Optional<Coordinates> coordinates) {

	public Address {
		coordinates = coordinates == null ? Optional.empty() : coordinates;
	}

	public static Address at(Coordinates coordinates) {
		return new Address(null, null, null, null, null, Optional.of(coordinates));
	}

	public static Address postal(String postalCode, String country) {
		return new Address(null, null, null, postalCode, country, Optional.empty());
	}
}
