package org.bookingfleet.fleettests.fleet;

/**
 * The gateway's per-client limits opened wide for the fleet under test: every request of
 * these tests comes from one address. The limits themselves are the gateway's own tests'
 * business.
 */
final class RateLimits {

	private RateLimits() {
	}

	static String generous() {
		String wide = "{\"limit\":1000000,\"period\":\"1s\"}";
		return "{\"fleet\":{\"gateway\":{\"rate-limits\":{\"booking-creation\":" + wide + ",\"pricing\":" + wide
				+ ",\"availability\":" + wide + ",\"catalog\":" + wide + "}}}}";
	}

}
