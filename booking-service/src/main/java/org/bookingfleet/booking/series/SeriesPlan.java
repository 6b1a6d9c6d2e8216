package org.bookingfleet.booking.series;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Decides what of a series gets booked once the taken starts are known: all or nothing
 * (FAIL), or the free ones (SKIP).
 */
public final class SeriesPlan {

	private SeriesPlan() {
	}

	public static SeriesOutcome decide(List<Occurrence> occurrences, Set<Instant> takenStarts, OnConflict onConflict) {
		Map<Boolean, List<Occurrence>> byConflict = occurrences.stream()
			.collect(Collectors.partitioningBy(occurrence -> takenStarts.contains(occurrence.start())));
		List<Occurrence> conflicts = byConflict.get(true);
		List<Occurrence> free = byConflict.get(false);
		if (occurrences.isEmpty() || free.isEmpty()) {
			return new SeriesOutcome.Refused(conflicts);
		}
		if (!conflicts.isEmpty() && onConflict == OnConflict.FAIL) {
			return new SeriesOutcome.Refused(conflicts);
		}
		return new SeriesOutcome.Book(free, conflicts);
	}

}
