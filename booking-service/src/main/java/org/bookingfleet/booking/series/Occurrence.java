package org.bookingfleet.booking.series;

import java.time.Instant;

public record Occurrence(int index, Instant start, Instant end) {
}
