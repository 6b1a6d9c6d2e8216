package org.bookingfleet.availability.time;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;

/**
 * The wall clock of one time zone, read both ways. A local time inside a DST gap is read
 * by no instant; a local time inside a DST overlap is read by two. Every conversion of
 * the project's local hours into instants goes through here so that gaps and overlaps are
 * handled one way only.
 */
public record WallClock(ZoneId zone) {

	private static final ZoneOffset EARLIEST_OFFSET = ZoneOffset.MAX;

	private static final ZoneOffset LATEST_OFFSET = ZoneOffset.MIN;

	/**
	 * The instants, in order, at which this clock shows the given local time: none, one
	 * or two.
	 */
	public List<Instant> instantsShowing(LocalDateTime local) {
		List<Instant> instants = new ArrayList<>(2);
		for (ZoneOffset offset : zone.getRules().getValidOffsets(local)) {
			instants.add(local.toInstant(offset));
		}
		instants.sort(null);
		return instants;
	}

	/** Every instant at which this clock shows a local time in [from, to). */
	public TimeSet instantsShowingBetween(LocalDateTime from, LocalDateTime to) {
		if (!from.isBefore(to)) {
			return TimeSet.empty();
		}
		ZoneRules rules = zone.getRules();
		Instant searchEnd = to.toInstant(LATEST_OFFSET);
		Instant cursor = from.toInstant(EARLIEST_OFFSET);
		List<TimeRange> found = new ArrayList<>();
		while (cursor.isBefore(searchEnd)) {
			ZoneOffset offset = rules.getOffset(cursor);
			ZoneOffsetTransition next = rules.nextTransition(cursor);
			Instant segmentEnd = next == null || next.getInstant().isAfter(searchEnd) ? searchEnd : next.getInstant();
			Instant start = latest(cursor, from.toInstant(offset));
			Instant end = earliest(segmentEnd, to.toInstant(offset));
			if (start.isBefore(end)) {
				found.add(new TimeRange(start, end));
			}
			cursor = segmentEnd;
		}
		return TimeSet.of(found);
	}

	public LocalDateTime localTimeOf(Instant instant) {
		return LocalDateTime.ofInstant(instant, zone);
	}

	private static Instant latest(Instant a, Instant b) {
		return a.isAfter(b) ? a : b;
	}

	private static Instant earliest(Instant a, Instant b) {
		return a.isBefore(b) ? a : b;
	}
}
