package org.bookingfleet.pricing.series;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The starts of a series in the service's own zone, so a weekly 10:00 stays 10:00 across
 * a DST change. A local start that falls in a DST gap moves forward by the gap; one in an
 * overlap takes the earlier offset. This is the rule the booking service applies to the
 * series it books; a quote priced with another rule would not match its occurrences.
 */
public final class SeriesSchedule {

	private SeriesSchedule() {
	}

	public static List<Instant> starts(Recurrence recurrence, Instant first, ZoneId zone) {
		LocalDateTime firstLocal = first.atZone(zone).toLocalDateTime();
		int limit = recurrence.count().orElse(Recurrence.MAX_OCCURRENCES);
		List<Instant> starts = new ArrayList<>();
		for (int n = 0; n < limit; n++) {
			LocalDateTime local = recurrence.frequency().nth(firstLocal, n);
			if (recurrence.until().isPresent() && local.toLocalDate().isAfter(recurrence.until().get())) {
				break;
			}
			starts.add(ZonedDateTime.of(local, zone).toInstant());
		}
		return List.copyOf(starts);
	}

}
