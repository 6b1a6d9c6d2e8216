package org.bookingfleet.integration.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Optional;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;

import org.bookingfleet.integration.SampleBookings;
import org.junit.jupiter.api.Test;

class InvitationWriterTest {

	private static final Instant STAMP = Instant.parse("2026-12-01T10:00:00Z");

	static Invitation invitation(Instant start, Instant end, ZoneId zone, String summary, String description) {
		return new Invitation("5f0c1d2e-3a4b-4c5d-8e6f-7a8b9c0d1e2f@bookingfleet", 2, start, end, zone, summary,
				description, Optional.of("Online, Proof session"), "bookings@bookingfleet.example", "dana@example.com",
				false, STAMP);
	}

	static Calendar parse(String ics) throws Exception {
		return new CalendarBuilder().build(new StringReader(ics));
	}

	@Test
	void invitationParsesAndStartsAtTheProvidersLocalTime() throws Exception {
		Instant start = ZonedDateTime.of(LocalDateTime.parse("2026-12-05T15:00"), SampleBookings.HOUSTON).toInstant();
		String ics = new InvitationWriter().write(invitation(start, start.plusSeconds(1800), SampleBookings.HOUSTON,
				"RON Acknowledgment", "Booking with Hannah Moore"));

		Calendar calendar = parse(ics);
		VEvent event = calendar.<VEvent>getComponent(Component.VEVENT).orElseThrow();

		assertThat(ics).contains("DTSTART;TZID=America/Chicago:20261205T150000\r\n")
			.contains("DTEND;TZID=America/Chicago:20261205T153000\r\n");
		Temporal parsedStart = event.getStartDate().orElseThrow().getDate();
		assertThat(Instant.from(parsedStart)).isEqualTo(start);
		assertThat(event.getProperty(Property.UID).orElseThrow().getValue())
			.isEqualTo("5f0c1d2e-3a4b-4c5d-8e6f-7a8b9c0d1e2f@bookingfleet");
		assertThat(event.getProperty(Property.SEQUENCE).orElseThrow().getValue()).isEqualTo("2");
		assertThat(calendar.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("REQUEST");
	}

	@Test
	void zoneDefinitionInTheInvitationGivesTheSameOffsetsAsTheZoneRules() throws Exception {
		for (ZoneId zone : Arrays.asList(SampleBookings.HOUSTON, SampleBookings.LONDON, SampleBookings.BUENOS_AIRES,
				ZoneId.of("Australia/Lord_Howe"), ZoneId.of("Asia/Kolkata"), ZoneId.of("Etc/UTC"))) {
			Instant start = Instant.parse("2026-06-15T14:00:00Z");
			String ics = new InvitationWriter().write(invitation(start, start.plusSeconds(3600), zone, "s", ""));
			CalendarBuilder builder = new CalendarBuilder();
			VEvent event = builder.build(new StringReader(ics)).<VEvent>getComponent(Component.VEVENT).orElseThrow();
			// The parser builds the event's zone from the VTIMEZONE written in the
			// invitation, not from its own database.
			ZoneId fromInvitation = ((ZonedDateTime) event.getStartDate().orElseThrow().getDate()).getZone();
			assertThat(fromInvitation.getId()).isNotEqualTo(zone.getId());

			for (Instant probe = Instant.parse("2025-01-01T00:00:00Z"); probe
				.isBefore(Instant.parse("2028-01-01T00:00:00Z")); probe = probe.plusSeconds(3600 + 17)) {
				assertThat(fromInvitation.getRules().getOffset(probe)).as("%s at %s", zone, probe)
					.isEqualTo(zone.getRules().getOffset(probe));
			}
			// The parser's registry holds the zone it built only while the parser lives.
			assertThat(builder.getRegistry()).isNotNull();
		}
	}

	@Test
	void startInTheRepeatedHourAfterClocksGoBackIsWrittenUnambiguously() throws Exception {
		// 01:30 happens twice in London on 25 October 2026; this is the second one (GMT).
		Instant secondOneThirty = Instant.parse("2026-10-25T01:30:00Z");
		String ics = new InvitationWriter()
			.write(invitation(secondOneThirty, secondOneThirty.plusSeconds(3600), SampleBookings.LONDON, "Course", ""));

		VEvent event = parse(ics).<VEvent>getComponent(Component.VEVENT).orElseThrow();

		assertThat(Instant.from(event.getStartDate().orElseThrow().getDate())).isEqualTo(secondOneThirty);
		assertThat(Instant.from(event.getEndDate().orElseThrow().getDate()))
			.isEqualTo(secondOneThirty.plusSeconds(3600));
	}

	@Test
	void textIsEscapedAndLongLinesAreFoldedWithoutBreakingCharacters() throws Exception {
		String description = "Dirección: Av. Corrientes 1234, CABA; piso 3\nTraer DNI. " + "ñ".repeat(80);
		Instant start = Instant.parse("2026-12-05T18:00:00Z");
		String ics = new InvitationWriter().write(invitation(start, start.plusSeconds(2700),
				SampleBookings.BUENOS_AIRES, "Corte de pelo, barba", description));

		for (String line : ics.split("\r\n")) {
			assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
		}
		assertThat(ics).endsWith("END:VCALENDAR\r\n").contains("SUMMARY:Corte de pelo\\, barba\r\n");
		VEvent event = parse(ics).<VEvent>getComponent(Component.VEVENT).orElseThrow();
		assertThat(event.getProperty(Property.DESCRIPTION).orElseThrow().getValue()).isEqualTo(description);
		assertThat(event.getProperty(Property.SUMMARY).orElseThrow().getValue()).isEqualTo("Corte de pelo, barba");
	}

	@Test
	void cancelledBookingSendsACancellationOfTheSameEvent() throws Exception {
		Instant start = Instant.parse("2026-12-05T18:00:00Z");
		Invitation confirmed = invitation(start, start.plusSeconds(2700), SampleBookings.BUENOS_AIRES, "Corte", "");
		Invitation cancelled = new Invitation(confirmed.uid(), 3, start, confirmed.end(), confirmed.zone(),
				confirmed.summary(), "", confirmed.location(), confirmed.organizerEmail(), confirmed.attendeeEmail(),
				true, STAMP);

		Calendar calendar = parse(new InvitationWriter().write(cancelled));

		assertThat(calendar.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("CANCEL");
		VEvent event = calendar.<VEvent>getComponent(Component.VEVENT).orElseThrow();
		assertThat(event.getProperty(Property.STATUS).orElseThrow().getValue()).isEqualTo("CANCELLED");
		assertThat(event.getProperty(Property.UID).orElseThrow().getValue()).isEqualTo(confirmed.uid());
	}

}
