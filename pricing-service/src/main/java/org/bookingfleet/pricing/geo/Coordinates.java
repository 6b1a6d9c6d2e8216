package org.bookingfleet.pricing.geo;

/** A point on the earth in decimal degrees (WGS 84). */
public record Coordinates(double latitude, double longitude) {

	public Coordinates {
		if (!(latitude >= -90 && latitude <= 90)) {
			throw new IllegalArgumentException("latitude out of range: " + latitude);
		}
		if (!(longitude >= -180 && longitude <= 180)) {
			throw new IllegalArgumentException("longitude out of range: " + longitude);
		}
	}
}
