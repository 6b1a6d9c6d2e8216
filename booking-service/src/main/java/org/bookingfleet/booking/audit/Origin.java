package org.bookingfleet.booking.audit;

import java.util.Objects;

/**
 * Who did something and from where: a person through the API, or the saga acting on an
 * event.
 */
public record Origin(String actorType, String actorId, String ip, String userAgent, String requestId) {

	public Origin {
		Objects.requireNonNull(actorType, "actorType");
	}

	public static Origin saga(String source, String eventId) {
		return new Origin("SYSTEM", source, null, null, eventId);
	}
}
