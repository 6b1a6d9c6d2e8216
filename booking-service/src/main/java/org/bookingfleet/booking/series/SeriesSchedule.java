package org.bookingfleet.booking.series;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Expands a recurrence in the zone the appointment is kept in, so a weekly 10:00 stays
 * 10:00 across a DST change. A local start that falls in a DST gap moves forward by the
 * gap; one in an overlap takes the earlier offset.
 */
public final class SeriesSchedule {

	private SeriesSchedule() {
	}

	public static List<Occurrence> expand(Recurrence recurrence, LocalDateTime firstStart, ZoneId zone,
			Duration length) {
		int limit = recurrence.count() != null ? recurrence.count() : Recurrence.MAX_OCCURRENCES;
		List<Occurrence> occurrences = new ArrayList<>();
		for (int n = 0; n < limit; n++) {
			LocalDateTime local = recurrence.frequency().nth(firstStart, n);
			if (recurrence.until() != null && local.toLocalDate().isAfter(recurrence.until())) {
				break;
			}
			ZonedDateTime start = ZonedDateTime.of(local, zone);
			occurrences.add(new Occurrence(n, start.toInstant(), start.toInstant().plus(length)));
		}
		return List.copyOf(occurrences);
	}

}
