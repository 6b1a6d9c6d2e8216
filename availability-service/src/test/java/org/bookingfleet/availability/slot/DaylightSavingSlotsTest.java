package org.bookingfleet.availability.slot;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.bookingfleet.availability.schedule.LocalHours;
import org.bookingfleet.availability.schedule.ProviderSchedule;
import org.bookingfleet.availability.schedule.WeeklyHours;
import org.junit.jupiter.api.Test;

class DaylightSavingSlotsTest {

	private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	private static final Instant LONG_BEFORE = Instant.parse("2026-01-01T00:00:00Z");

	@Test
	void chicagoSpringForwardOffersNoSlotInsideTheSkippedHour() {
		SlotFinder finder = finder(CHICAGO, LocalHours.of("00:00", "05:00"), 30, 30);

		List<Slot> slots = finder.freeSlots(Instant.parse("2026-03-08T06:00:00Z"),
				Instant.parse("2026-03-08T10:00:00Z"), LONG_BEFORE, List.of());

		assertThat(starts(slots)).containsExactly("2026-03-08T06:00:00Z", "2026-03-08T06:30:00Z",
				"2026-03-08T07:00:00Z", "2026-03-08T07:30:00Z", "2026-03-08T08:00:00Z", "2026-03-08T08:30:00Z",
				"2026-03-08T09:00:00Z", "2026-03-08T09:30:00Z");
		assertThat(localStarts(slots, CHICAGO)).containsExactly("2026-03-08T00:00-06:00", "2026-03-08T00:30-06:00",
				"2026-03-08T01:00-06:00", "2026-03-08T01:30-06:00", "2026-03-08T03:00-05:00", "2026-03-08T03:30-05:00",
				"2026-03-08T04:00-05:00", "2026-03-08T04:30-05:00");
	}

	@Test
	void chicagoSpringForwardSlotsLastTheirRealDurationAcrossTheSkippedHour() {
		SlotFinder finder = finder(CHICAGO, LocalHours.of("01:00", "04:00"), 90, 30);

		List<Slot> slots = finder.freeSlots(Instant.parse("2026-03-08T00:00:00Z"),
				Instant.parse("2026-03-09T00:00:00Z"), LONG_BEFORE, List.of());

		assertThat(starts(slots)).containsExactly("2026-03-08T07:00:00Z", "2026-03-08T07:30:00Z");
		assertThat(slots).allSatisfy(
				slot -> assertThat(Duration.between(slot.start(), slot.end())).isEqualTo(Duration.ofMinutes(90)));
		assertThat(slots.get(1).renderedIn(CHICAGO).localEnd()).hasToString("2026-03-08T04:00-05:00");
	}

	@Test
	void chicagoSpringForwardHoursThatStartInsideTheSkippedHourOpenWhenTheClockJumps() {
		SlotFinder finder = finder(CHICAGO, LocalHours.of("02:30", "05:00"), 30, 30);

		List<Slot> slots = finder.freeSlots(Instant.parse("2026-03-08T00:00:00Z"),
				Instant.parse("2026-03-09T00:00:00Z"), LONG_BEFORE, List.of());

		assertThat(localStarts(slots, CHICAGO)).containsExactly("2026-03-08T03:00-05:00", "2026-03-08T03:30-05:00",
				"2026-03-08T04:00-05:00", "2026-03-08T04:30-05:00");
	}

	@Test
	void chicagoFallBackOffersTheRepeatedHourOncePerOffsetWithoutDuplicates() {
		SlotFinder finder = finder(CHICAGO, LocalHours.of("00:00", "04:00"), 60, 60);

		List<Slot> slots = finder.freeSlots(Instant.parse("2026-11-01T00:00:00Z"),
				Instant.parse("2026-11-02T00:00:00Z"), LONG_BEFORE, List.of());

		assertThat(starts(slots)).containsExactly("2026-11-01T05:00:00Z", "2026-11-01T06:00:00Z",
				"2026-11-01T07:00:00Z", "2026-11-01T08:00:00Z", "2026-11-01T09:00:00Z");
		assertThat(localStarts(slots, CHICAGO)).containsExactly("2026-11-01T00:00-05:00", "2026-11-01T01:00-05:00",
				"2026-11-01T01:00-06:00", "2026-11-01T02:00-06:00", "2026-11-01T03:00-06:00");
	}

	@Test
	void chicagoFallBackLetsASlotRunThroughTheRepeatedHour() {
		SlotFinder finder = finder(CHICAGO, LocalHours.of("01:00", "02:00"), 90, 30);

		List<Slot> slots = finder.freeSlots(Instant.parse("2026-11-01T00:00:00Z"),
				Instant.parse("2026-11-02T00:00:00Z"), LONG_BEFORE, List.of());

		assertThat(starts(slots)).containsExactly("2026-11-01T06:00:00Z", "2026-11-01T06:30:00Z");
	}

	@Test
	void londonSpringForwardOffersNoSlotInsideTheSkippedHour() {
		SlotFinder finder = finder(LONDON, LocalHours.of("00:00", "03:00"), 30, 30);

		List<Slot> slots = finder.freeSlots(Instant.parse("2026-03-28T12:00:00Z"),
				Instant.parse("2026-03-29T12:00:00Z"), LONG_BEFORE, List.of());

		assertThat(starts(slots)).containsExactly("2026-03-29T00:00:00Z", "2026-03-29T00:30:00Z",
				"2026-03-29T01:00:00Z", "2026-03-29T01:30:00Z");
		assertThat(localStarts(slots, LONDON)).containsExactly("2026-03-29T00:00Z", "2026-03-29T00:30Z",
				"2026-03-29T02:00+01:00", "2026-03-29T02:30+01:00");
	}

	@Test
	void londonFallBackOffersTheRepeatedHourOncePerOffsetWithoutDuplicates() {
		SlotFinder finder = finder(LONDON, LocalHours.of("00:30", "02:30"), 30, 30);

		List<Slot> slots = finder.freeSlots(Instant.parse("2026-10-24T12:00:00Z"),
				Instant.parse("2026-10-25T12:00:00Z"), LONG_BEFORE, List.of());

		assertThat(starts(slots)).containsExactly("2026-10-24T23:30:00Z", "2026-10-25T00:00:00Z",
				"2026-10-25T00:30:00Z", "2026-10-25T01:00:00Z", "2026-10-25T01:30:00Z", "2026-10-25T02:00:00Z");
		assertThat(localStarts(slots, LONDON)).containsExactly("2026-10-25T00:30+01:00", "2026-10-25T01:00+01:00",
				"2026-10-25T01:30+01:00", "2026-10-25T01:00Z", "2026-10-25T01:30Z", "2026-10-25T02:00Z");
	}

	@Test
	void londonFallBackKeepsAReservationInTheFirstPassOfTheHourFromBlockingTheSecond() {
		SlotFinder finder = finder(LONDON, LocalHours.of("00:30", "02:30"), 30, 30);
		Reservation firstPass = Reservation.of(Instant.parse("2026-10-25T00:00:00Z"), finder.service());

		List<Slot> slots = finder.freeSlots(Instant.parse("2026-10-24T12:00:00Z"),
				Instant.parse("2026-10-25T12:00:00Z"), LONG_BEFORE, List.of(firstPass));

		assertThat(localStarts(slots, LONDON)).containsExactly("2026-10-25T00:30+01:00", "2026-10-25T01:30+01:00",
				"2026-10-25T01:00Z", "2026-10-25T01:30Z", "2026-10-25T02:00Z");
	}

	@Test
	void aChicagoSlotIsRenderedOnTheCallersWallClock() {
		Slot slot = new Slot(7L, Instant.parse("2026-03-08T08:00:00Z"), Instant.parse("2026-03-08T09:00:00Z"), 1);

		RenderedSlot inLondon = slot.renderedIn(LONDON);
		RenderedSlot inChicago = slot.renderedIn(CHICAGO);

		assertThat(inLondon.localStart()).hasToString("2026-03-08T08:00Z");
		assertThat(inChicago.localStart()).hasToString("2026-03-08T03:00-05:00");
		assertThat(inChicago.localEnd()).hasToString("2026-03-08T04:00-05:00");
		assertThat(inLondon.start()).isEqualTo(inChicago.start());
	}

	private static SlotFinder finder(ZoneId zone, LocalHours hours, int durationMinutes, int gridMinutes) {
		ProviderSchedule schedule = ProviderSchedule.weekly(zone, WeeklyHours.everyDay(hours));
		Provider provider = new Provider(7L, schedule, BookingPolicy.every(Duration.ofMinutes(gridMinutes)));
		return new SlotFinder(provider, ServiceTerms.lasting(Duration.ofMinutes(durationMinutes)));
	}

	private static List<String> starts(List<Slot> slots) {
		return slots.stream().map(slot -> slot.start().toString()).toList();
	}

	private static List<String> localStarts(List<Slot> slots, ZoneId zone) {
		return slots.stream().map(slot -> slot.renderedIn(zone).localStart().toString()).toList();
	}

}
