package org.bookingfleet.booking.idempotency;

import java.util.Objects;

/**
 * The first answer given under a key, replayed as it was: status, body and the Location
 * header if any.
 */
public record StoredAnswer(int status, String body, String location) {

	public StoredAnswer {
		Objects.requireNonNull(body, "body");
	}
}
