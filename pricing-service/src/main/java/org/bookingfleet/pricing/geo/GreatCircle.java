package org.bookingfleet.pricing.geo;

/**
 * Distance along the earth's surface (haversine on a sphere of the mean earth radius).
 */
public final class GreatCircle {

	public static final double EARTH_MEAN_RADIUS_MILES = 3958.8;

	private GreatCircle() {
	}

	public static double miles(Coordinates from, Coordinates to) {
		double fromLat = Math.toRadians(from.latitude());
		double toLat = Math.toRadians(to.latitude());
		double deltaLat = toLat - fromLat;
		double deltaLng = Math.toRadians(to.longitude() - from.longitude());
		double h = Math.pow(Math.sin(deltaLat / 2), 2)
				+ Math.cos(fromLat) * Math.cos(toLat) * Math.pow(Math.sin(deltaLng / 2), 2);
		return 2 * EARTH_MEAN_RADIUS_MILES * Math.asin(Math.min(1, Math.sqrt(h)));
	}

}
