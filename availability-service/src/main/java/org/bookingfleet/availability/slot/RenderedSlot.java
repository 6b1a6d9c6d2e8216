package org.bookingfleet.availability.slot;

import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * A slot as a caller sees it: the instants, and the same instants on the caller's own
 * wall clock.
 */
public record RenderedSlot(long providerId, Instant start, Instant end, int seatsLeft, OffsetDateTime localStart,
		OffsetDateTime localEnd) {
}
