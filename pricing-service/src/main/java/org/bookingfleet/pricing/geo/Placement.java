package org.bookingfleet.pricing.geo;

/**
 * Where an address is on the map, or which of its fields kept it from being placed and
 * why.
 */
public sealed interface Placement {

	record Placed(Coordinates coordinates) implements Placement {
	}

	/** {@code field} is the request's name for it, such as {@code address.postalCode}. */
	record Unplaced(String field, String message) implements Placement {
	}

}
