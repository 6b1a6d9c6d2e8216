package org.bookingfleet.fleettests.contract;

import org.bookingfleet.fleettests.api.Json;
import tools.jackson.databind.node.ObjectNode;

/**
 * Where customers of the demo businesses live: a mobile service travels to them, and its
 * quote is bound to it.
 */
final class Addresses {

	private Addresses() {
	}

	static ObjectNode houston() {
		return address("901 Bagby St", "Houston", "TX", "77002", 29.7604, -95.3698);
	}

	static ObjectNode dallas() {
		return address("1500 Marilla St", "Dallas", "TX", "75201", 32.7767, -96.7970);
	}

	static ObjectNode denver() {
		return address("1437 Bannock St", "Denver", "CO", "80202", 39.7392, -104.9903);
	}

	private static ObjectNode address(String line1, String city, String state, String postalCode, double lat,
			double lng) {
		return Json.object()
			.put("line1", line1)
			.put("city", city)
			.put("state", state)
			.put("postalCode", postalCode)
			.put("country", "US")
			.put("lat", lat)
			.put("lng", lng);
	}

}
