package org.bookingfleet.integration.calendar;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the VTIMEZONE of an IANA zone from the JDK's own rules, as explicit onsets (no
 * RRULE) from the last change before the year ahead of the event to the year after it, so
 * the reader's local time matches ours even where its own zone database differs.
 */
final class ZoneDefinition {

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

	private ZoneDefinition() {
	}

	static List<String> lines(ZoneId zone, Instant from, Instant to) {
		ZoneRules rules = zone.getRules();
		int firstYear = from.atOffset(ZoneOffset.UTC).getYear() - 1;
		int lastYear = to.atOffset(ZoneOffset.UTC).getYear() + 1;
		Instant rangeStart = LocalDateTime.of(firstYear, 1, 1, 0, 0).toInstant(ZoneOffset.UTC);
		Instant rangeEnd = LocalDateTime.of(lastYear + 1, 1, 1, 0, 0).toInstant(ZoneOffset.UTC);

		List<String> lines = new ArrayList<>();
		lines.add("BEGIN:VTIMEZONE");
		lines.add("TZID:" + zone.getId());
		ZoneOffsetTransition transition = rules.previousTransition(rangeStart);
		if (transition == null) {
			ZoneOffset fixed = rules.getOffset(rangeStart);
			lines.addAll(observance(false, LocalDateTime.of(1601, 1, 1, 0, 0), fixed, fixed));
			transition = rules.nextTransition(rangeStart);
		}
		while (transition != null && transition.getInstant().isBefore(rangeEnd)) {
			lines.addAll(observance(rules.isDaylightSavings(transition.getInstant()), transition.getDateTimeBefore(),
					transition.getOffsetBefore(), transition.getOffsetAfter()));
			transition = rules.nextTransition(transition.getInstant());
		}
		lines.add("END:VTIMEZONE");
		return lines;
	}

	private static List<String> observance(boolean daylight, LocalDateTime onset, ZoneOffset from, ZoneOffset to) {
		String kind = daylight ? "DAYLIGHT" : "STANDARD";
		return List.of("BEGIN:" + kind, "DTSTART:" + LOCAL.format(onset), "TZOFFSETFROM:" + offset(from),
				"TZOFFSETTO:" + offset(to), "END:" + kind);
	}

	/**
	 * RFC 5545 utc-offset: sign, hours, minutes, and seconds only when there are some.
	 */
	private static String offset(ZoneOffset offset) {
		int total = offset.getTotalSeconds();
		int abs = Math.abs(total);
		String text = String.format("%s%02d%02d", total < 0 ? "-" : "+", abs / 3600, (abs / 60) % 60);
		return abs % 60 == 0 ? text : text + String.format("%02d", abs % 60);
	}

}
