package org.bookingfleet.availability.slot;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

public record Slot(long providerId, Instant start, Instant end, int seatsLeft) {

	public Slot {
		Objects.requireNonNull(start, "start");
		Objects.requireNonNull(end, "end");
		if (!start.isBefore(end)) {
			throw new IllegalArgumentException("a slot starts before it ends");
		}
	}

	public RenderedSlot renderedIn(ZoneId zone) {
		return new RenderedSlot(providerId, start, end, seatsLeft, start.atZone(zone).toOffsetDateTime(),
				end.atZone(zone).toOffsetDateTime());
	}
}
