package org.bookingfleet.availability.time;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Instants as a sorted list of disjoint, non-touching ranges: open hours, time off,
 * blocked time.
 */
public final class TimeSet {

	private static final TimeSet EMPTY = new TimeSet(List.of());

	private final List<TimeRange> ranges;

	private TimeSet(List<TimeRange> ranges) {
		this.ranges = List.copyOf(ranges);
	}

	public static TimeSet empty() {
		return EMPTY;
	}

	public static TimeSet of(Collection<TimeRange> ranges) {
		List<TimeRange> sorted = new ArrayList<>(ranges);
		sorted.sort(Comparator.comparing(TimeRange::start));
		List<TimeRange> merged = new ArrayList<>();
		for (TimeRange range : sorted) {
			int last = merged.size() - 1;
			if (last >= 0 && !range.start().isAfter(merged.get(last).end())) {
				TimeRange previous = merged.get(last);
				Instant end = previous.end().isAfter(range.end()) ? previous.end() : range.end();
				merged.set(last, new TimeRange(previous.start(), end));
			}
			else {
				merged.add(range);
			}
		}
		return new TimeSet(merged);
	}

	public static TimeSet of(TimeRange... ranges) {
		return of(List.of(ranges));
	}

	public List<TimeRange> ranges() {
		return ranges;
	}

	public boolean isEmpty() {
		return ranges.isEmpty();
	}

	public TimeSet union(TimeSet other) {
		List<TimeRange> all = new ArrayList<>(ranges);
		all.addAll(other.ranges);
		return of(all);
	}

	public TimeSet minus(TimeSet other) {
		List<TimeRange> left = new ArrayList<>();
		for (TimeRange range : ranges) {
			Instant cursor = range.start();
			for (TimeRange cut : other.ranges) {
				if (!cut.end().isAfter(cursor) || !cut.overlaps(range)) {
					continue;
				}
				if (cut.start().isAfter(cursor)) {
					left.add(new TimeRange(cursor, cut.start()));
				}
				if (cut.end().isAfter(cursor)) {
					cursor = cut.end();
				}
				if (!cursor.isBefore(range.end())) {
					break;
				}
			}
			if (cursor.isBefore(range.end())) {
				left.add(new TimeRange(cursor, range.end()));
			}
		}
		return new TimeSet(left);
	}

	public boolean covers(TimeRange range) {
		return ranges.stream().anyMatch(own -> own.contains(range));
	}

	public boolean overlaps(TimeRange range) {
		return ranges.stream().anyMatch(own -> own.overlaps(range));
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof TimeSet set && set.ranges.equals(ranges);
	}

	@Override
	public int hashCode() {
		return ranges.hashCode();
	}

	@Override
	public String toString() {
		return ranges.toString();
	}

}
