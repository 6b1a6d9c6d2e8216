package org.bookingfleet.integration.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class InvitationProperties {

	private static final ZoneId[] ZONES = { ZoneId.of("America/Chicago"), ZoneId.of("America/Argentina/Buenos_Aires"),
			ZoneId.of("Europe/London"), ZoneId.of("America/New_York"), ZoneId.of("Australia/Lord_Howe") };

	@Property(tries = 300)
	void everyInvitationReadsBackAsTheSameStartAndEnd(
			@ForAll @LongRange(min = 0, max = 3 * 365 * 24 * 4) long quarterHour,
			@ForAll @IntRange(min = 0, max = 4) int zoneIndex,
			@ForAll @IntRange(min = 1, max = 32) int durationQuarters) throws Exception {
		ZoneId zone = ZONES[zoneIndex];
		Instant start = Instant.parse("2025-01-01T00:00:00Z").plus(Duration.ofMinutes(15 * quarterHour));
		Instant end = start.plus(Duration.ofMinutes(15L * durationQuarters));
		String ics = new InvitationWriter()
			.write(InvitationWriterTest.invitation(start, end, zone, "Booking", "With the provider"));

		VEvent event = new CalendarBuilder().build(new StringReader(ics))
			.<VEvent>getComponent(Component.VEVENT)
			.orElseThrow();

		Instant parsedStart = Instant.from(event.getStartDate().orElseThrow().getDate());
		assertThat(parsedStart).isEqualTo(start);
		assertThat(Instant.from(event.getEndDate().orElseThrow().getDate())).isEqualTo(end);
	}

}
