package org.bookingfleet.integration.job.internal.store;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import org.bookingfleet.integration.booking.BookingSnapshot;

/**
 * The snapshots parsed lately, by their stored text. Every job a claim returns carries
 * its booking's snapshot, and a booking's jobs are claimed one after another (five
 * partners, and the jobs that wait for others), so the same text came back some ten times
 * a booking and was parsed each time: a sixteenth of integration's CPU under load. The
 * save parses the text it stored, so the claims after it find it (the workers claiming a
 * booking's first jobs at the same moment would each parse it). A snapshot that changed
 * is another text and is parsed anew; the least recently read go first. The snapshot is
 * immutable, so the jobs share one.
 */
final class ParsedSnapshots {

	private final Function<String, BookingSnapshot> parser;

	private final Map<String, BookingSnapshot> recent;

	ParsedSnapshots(int capacity, Function<String, BookingSnapshot> parser) {
		this.parser = parser;
		this.recent = new LinkedHashMap<>(capacity * 2, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<String, BookingSnapshot> eldest) {
				return size() > capacity;
			}
		};
	}

	/** The snapshot of this stored text, parsed now unless it was lately. */
	BookingSnapshot of(String text) {
		BookingSnapshot known;
		synchronized (recent) {
			known = recent.get(text);
		}
		if (known != null) {
			return known;
		}
		BookingSnapshot parsed = parser.apply(text);
		synchronized (recent) {
			recent.put(text, parsed);
		}
		return parsed;
	}

}
