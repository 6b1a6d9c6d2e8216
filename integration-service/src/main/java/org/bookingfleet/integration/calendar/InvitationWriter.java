package org.bookingfleet.integration.calendar;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes an invitation as an RFC 5545 calendar: CRLF lines folded at 75 octets, text
 * escaped.
 */
public final class InvitationWriter {

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private static final int MAX_OCTETS = 75;

	public String write(Invitation invitation) {
		List<String> lines = new ArrayList<>();
		lines.add("BEGIN:VCALENDAR");
		lines.add("VERSION:2.0");
		lines.add("PRODID:-//bookingfleet//integration-service//EN");
		lines.add("CALSCALE:GREGORIAN");
		lines.add("METHOD:" + (invitation.cancelled() ? "CANCEL" : "REQUEST"));
		lines.addAll(ZoneDefinition.lines(invitation.zone(), invitation.start(), invitation.end()));
		lines.add("BEGIN:VEVENT");
		lines.add("UID:" + invitation.uid());
		lines.add("SEQUENCE:" + invitation.sequence());
		lines.add("DTSTAMP:" + UTC.format(invitation.stamp()));
		lines.add("DTSTART" + dateTime(invitation.start(), invitation));
		lines.add("DTEND" + dateTime(invitation.end(), invitation));
		lines.add("SUMMARY:" + text(invitation.summary()));
		if (!invitation.description().isEmpty()) {
			lines.add("DESCRIPTION:" + text(invitation.description()));
		}
		invitation.location().ifPresent(location -> lines.add("LOCATION:" + text(location)));
		lines.add("ORGANIZER:mailto:" + invitation.organizerEmail());
		lines.add("ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=FALSE:mailto:" + invitation.attendeeEmail());
		lines.add("STATUS:" + (invitation.cancelled() ? "CANCELLED" : "CONFIRMED"));
		lines.add("END:VEVENT");
		lines.add("END:VCALENDAR");

		StringBuilder out = new StringBuilder();
		for (String line : lines) {
			fold(line, out);
		}
		return out.toString();
	}

	/**
	 * Local time in the provider's zone. In the repeated hour after clocks go back, a
	 * local time means its first occurrence (RFC 5545, 3.3.5), so an instant in the
	 * second one is written in UTC instead.
	 */
	private static String dateTime(Instant instant, Invitation invitation) {
		ZonedDateTime local = instant.atZone(invitation.zone());
		List<ZoneOffset> offsets = invitation.zone().getRules().getValidOffsets(local.toLocalDateTime());
		if (offsets.size() > 1 && !local.getOffset().equals(offsets.get(0))) {
			return ":" + UTC.format(instant);
		}
		return ";TZID=" + invitation.zone().getId() + ":" + LOCAL.format(local.toLocalDateTime());
	}

	static String text(String value) {
		return value.replace("\\", "\\\\")
			.replace(";", "\\;")
			.replace(",", "\\,")
			.replace("\r\n", "\\n")
			.replace("\n", "\\n")
			.replace("\r", "\\n");
	}

	/**
	 * Folds after at most 75 octets without splitting a UTF-8 character; continuation
	 * lines start with a space.
	 */
	static void fold(String line, StringBuilder out) {
		int octets = 0;
		int limit = MAX_OCTETS;
		int i = 0;
		while (i < line.length()) {
			int codePoint = line.codePointAt(i);
			int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
			if (octets + size > limit) {
				out.append("\r\n ");
				octets = 0;
				limit = MAX_OCTETS - 1;
			}
			out.appendCodePoint(codePoint);
			octets += size;
			i += Character.charCount(codePoint);
		}
		out.append("\r\n");
	}

}
