package org.bookingfleet.booking.notarization;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Where a booking's remote online notarization stands at Proof, as the integration
 * service last announced it, and when it got there. {@code CREATED}, {@code SENT},
 * {@code RECEIVED} and {@code IN_PROGRESS} move forward; {@code COMPLETED},
 * {@code CANCELLED} and {@code EXPIRED} are finished and stay.
 */
public record Notarization(String status, Instant updatedAt) {

	private static final Set<String> FINISHED = Set.of("COMPLETED", "CANCELLED", "EXPIRED");

	private static final List<String> MOVING = List.of("CREATED", "SENT", "RECEIVED", "IN_PROGRESS");

	public Notarization {
		Objects.requireNonNull(status, "status");
		Objects.requireNonNull(updatedAt, "updatedAt");
	}

	public boolean finished() {
		return FINISHED.contains(status);
	}

	/**
	 * What the booking shows after hearing {@code heard}: a finished status stays, a
	 * status the session is already past (a late or replayed event) changes nothing, any
	 * other one replaces it.
	 */
	public Notarization after(Notarization heard) {
		if (finished() || heard.status().equals(status)) {
			return this;
		}
		if (heard.finished()) {
			return heard;
		}
		int now = MOVING.indexOf(status);
		int next = MOVING.indexOf(heard.status());
		return next >= 0 && now >= 0 && next < now ? this : heard;
	}

}
