package org.bookingfleet.availability.slot;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.bookingfleet.availability.schedule.LocalHours;
import org.bookingfleet.availability.schedule.ProviderSchedule;
import org.bookingfleet.availability.schedule.WeeklyHours;
import org.bookingfleet.availability.time.TimeRange;
import org.bookingfleet.availability.time.TimeSet;
import org.junit.jupiter.api.Test;

class SlotFinderTest {

	private static final ZoneId UTC = ZoneId.of("UTC");

	private static final Instant DAY = Instant.parse("2026-06-01T00:00:00Z");

	private static final Instant NEXT_DAY = Instant.parse("2026-06-02T00:00:00Z");

	private static final Instant WEEK_BEFORE = Instant.parse("2026-05-25T00:00:00Z");

	private final ProviderSchedule nineToEleven = ProviderSchedule.weekly(UTC,
			WeeklyHours.everyDay(LocalHours.of("09:00", "11:00")));

	private final ServiceTerms halfHour = ServiceTerms.lasting(Duration.ofMinutes(30));

	@Test
	void slotsFillTheWorkingHoursOnTheGrid() {
		List<Slot> slots = finder(BookingPolicy.every(Duration.ofMinutes(30)), halfHour).freeSlots(DAY, NEXT_DAY,
				WEEK_BEFORE, List.of());

		assertThat(hours(slots)).containsExactly("09:00", "09:30", "10:00", "10:30");
		assertThat(slots).allSatisfy(slot -> {
			assertThat(slot.providerId()).isEqualTo(3L);
			assertThat(slot.end()).isEqualTo(slot.start().plus(Duration.ofMinutes(30)));
		});
	}

	@Test
	void aServiceLongerThanTheGridStepStillEndsInsideTheHours() {
		List<Slot> slots = finder(BookingPolicy.every(Duration.ofMinutes(15)),
				ServiceTerms.lasting(Duration.ofMinutes(45)))
			.freeSlots(DAY, NEXT_DAY, WEEK_BEFORE, List.of());

		assertThat(hours(slots)).containsExactly("09:00", "09:15", "09:30", "09:45", "10:00", "10:15");
	}

	@Test
	void aReservationWithBuffersTakesTheSlotsItsRangeTouches() {
		ServiceTerms buffered = halfHour.withBuffers(Duration.ofMinutes(15), Duration.ofMinutes(15));
		Reservation booked = Reservation.of(Instant.parse("2026-06-01T10:00:00Z"), buffered);

		List<Slot> slots = finder(BookingPolicy.every(Duration.ofMinutes(30)), buffered).freeSlots(DAY, NEXT_DAY,
				WEEK_BEFORE, List.of(booked));

		assertThat(booked.reserved()).isEqualTo(range("2026-06-01T09:45:00Z", "2026-06-01T10:45:00Z"));
		assertThat(hours(slots)).containsExactly("09:00");
	}

	@Test
	void buffersMayReachOutsideTheWorkingHours() {
		ServiceTerms buffered = halfHour.withBuffers(Duration.ofMinutes(20), Duration.ofMinutes(20));

		List<Slot> slots = finder(BookingPolicy.every(Duration.ofMinutes(30)), buffered).freeSlots(DAY, NEXT_DAY,
				WEEK_BEFORE, List.of());

		assertThat(hours(slots)).containsExactly("09:00", "09:30", "10:00", "10:30");
	}

	@Test
	void slotsWithinTheMinimumNoticeAreNotOffered() {
		Instant now = Instant.parse("2026-06-01T08:10:00Z");
		BookingPolicy twoHoursNotice = BookingPolicy.every(Duration.ofMinutes(30))
			.withMinimumNotice(Duration.ofHours(2));

		List<Slot> slots = finder(twoHoursNotice, halfHour).freeSlots(DAY, NEXT_DAY, now, List.of());

		assertThat(hours(slots)).containsExactly("10:30");
	}

	@Test
	void slotsBeyondTheHorizonAreNotOffered() {
		Instant now = Instant.parse("2026-05-31T09:40:00Z");
		BookingPolicy oneDayAhead = BookingPolicy.every(Duration.ofMinutes(30)).withHorizon(Duration.ofDays(1));

		List<Slot> slots = finder(oneDayAhead, halfHour).freeSlots(DAY, NEXT_DAY, now, List.of());

		assertThat(hours(slots)).containsExactly("09:00", "09:30");
	}

	@Test
	void aDayThatReachedItsDailyLimitOffersNothingMore() {
		BookingPolicy twoADay = BookingPolicy.every(Duration.ofMinutes(30)).withDailyLimit(2);
		List<Reservation> two = List.of(Reservation.of(Instant.parse("2026-06-01T09:00:00Z"), halfHour),
				Reservation.of(Instant.parse("2026-06-01T10:30:00Z"), halfHour));

		SlotFinder finder = finder(twoADay, halfHour);

		assertThat(finder.freeSlots(DAY, NEXT_DAY, WEEK_BEFORE, two)).isEmpty();
		assertThat(hours(finder.freeSlots(DAY, NEXT_DAY, WEEK_BEFORE, two.subList(0, 1)))).containsExactly("09:30",
				"10:00", "10:30");
	}

	@Test
	void timeOffRemovesTheSlotsItOverlaps() {
		ProviderSchedule dentist = nineToEleven
			.withTimeOff(TimeSet.of(range("2026-06-01T09:45:00Z", "2026-06-01T10:15:00Z")));
		SlotFinder finder = new SlotFinder(new Provider(3L, dentist, BookingPolicy.every(Duration.ofMinutes(30))),
				halfHour);

		assertThat(hours(finder.freeSlots(DAY, NEXT_DAY, WEEK_BEFORE, List.of()))).containsExactly("09:00", "10:30");
	}

	@Test
	void onlyStartsInsideTheRequestedRangeAreReturned() {
		List<Slot> slots = finder(BookingPolicy.every(Duration.ofMinutes(30)), halfHour).freeSlots(
				Instant.parse("2026-06-01T09:30:00Z"), Instant.parse("2026-06-01T10:30:00Z"), WEEK_BEFORE, List.of());

		assertThat(hours(slots)).containsExactly("09:30", "10:00");
	}

	@Test
	void aFreeGridStartIsFreeAndAnOffGridOneIsNot() {
		SlotFinder finder = finder(BookingPolicy.every(Duration.ofMinutes(30)), halfHour);

		assertThat(finder.isFree(Instant.parse("2026-06-01T09:30:00Z"), WEEK_BEFORE, List.of())).isTrue();
		assertThat(finder.isOnGrid(Instant.parse("2026-06-01T09:40:00Z"))).isFalse();
		assertThat(finder.isFree(Instant.parse("2026-06-01T09:40:00Z"), WEEK_BEFORE, List.of())).isFalse();
		assertThat(finder.isOnGrid(Instant.parse("2026-06-01T11:00:00Z"))).isFalse();
	}

	@Test
	void theNearestAlternativesToATakenSlotComeNearestFirst() {
		SlotFinder finder = finder(BookingPolicy.every(Duration.ofMinutes(30)), halfHour);
		Instant taken = Instant.parse("2026-06-01T10:00:00Z");
		Reservation booked = Reservation.of(taken, halfHour);

		List<Slot> alternatives = NearestAlternatives.around(taken, finder, Duration.ofDays(2), 3, WEEK_BEFORE,
				List.of(booked));

		assertThat(alternatives).extracting(slot -> slot.start().toString())
			.containsExactly("2026-06-01T09:30:00Z", "2026-06-01T10:30:00Z", "2026-06-01T09:00:00Z");
	}

	@Test
	void alternativesAcrossProvidersPreferTheNearestStart() {
		Instant taken = Instant.parse("2026-06-01T10:00:00Z");
		List<Slot> free = List.of(
				new Slot(1L, Instant.parse("2026-06-01T12:00:00Z"), Instant.parse("2026-06-01T12:30:00Z"), 1),
				new Slot(2L, taken, taken.plusSeconds(1800), 1),
				new Slot(2L, Instant.parse("2026-06-01T10:45:00Z"), Instant.parse("2026-06-01T11:15:00Z"), 1));

		assertThat(NearestAlternatives.to(taken, free, 5)).extracting(Slot::providerId).containsExactly(2L, 1L);
	}

	private SlotFinder finder(BookingPolicy policy, ServiceTerms service) {
		return new SlotFinder(new Provider(3L, nineToEleven, policy), service);
	}

	private static List<String> hours(List<Slot> slots) {
		return slots.stream().map(slot -> slot.start().toString().substring(11, 16)).toList();
	}

	private static TimeRange range(String from, String to) {
		return new TimeRange(Instant.parse(from), Instant.parse(to));
	}

}
