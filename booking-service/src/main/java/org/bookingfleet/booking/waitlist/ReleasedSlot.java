package org.bookingfleet.booking.waitlist;

import java.time.Instant;
import java.util.Objects;

public record ReleasedSlot(String serviceId, String providerId, Instant start, Instant end, int seats) {

	public ReleasedSlot {
		Objects.requireNonNull(serviceId, "serviceId");
		Objects.requireNonNull(providerId, "providerId");
		Objects.requireNonNull(start, "start");
		Objects.requireNonNull(end, "end");
	}
}
