package org.bookingfleet.fleettests.api;

import java.util.Map;

/**
 * Who sends a request: nobody in particular, a signed-in user with a JWT, or a guest with
 * a booking's token.
 */
public record Caller(Map<String, String> headers) {

	public static final Caller ANONYMOUS = new Caller(Map.of());

	public static Caller bearer(String jwt) {
		return new Caller(Map.of("Authorization", "Bearer " + jwt));
	}

	public static Caller guest(String bookingToken) {
		return new Caller(Map.of("X-Booking-Token", bookingToken));
	}
}
