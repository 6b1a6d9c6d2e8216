package org.bookingfleet.availability.slot;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.bookingfleet.availability.schedule.LocalHours;
import org.bookingfleet.availability.schedule.ProviderSchedule;
import org.bookingfleet.availability.schedule.WeeklyHours;
import org.bookingfleet.availability.slot.AvailabilityProblem.BeyondHorizon;
import org.bookingfleet.availability.slot.AvailabilityProblem.NoticeTooShort;
import org.bookingfleet.availability.slot.AvailabilityProblem.OffSlotGrid;
import org.bookingfleet.availability.slot.AvailabilityProblem.SeatsOutOfRange;
import org.junit.jupiter.api.Test;

class HoldRequestTest {

	private static final Instant NOW = Instant.parse("2026-06-01T06:00:00Z");

	private final SlotFinder course = new SlotFinder(new Provider(5L,
			ProviderSchedule.weekly(ZoneId.of("Europe/London"), WeeklyHours.everyDay(LocalHours.of("09:00", "17:00"))),
			BookingPolicy.every(Duration.ofHours(1))
				.withMinimumNotice(Duration.ofHours(2))
				.withHorizon(Duration.ofDays(30))),
			ServiceTerms.lasting(Duration.ofHours(3)).withCapacity(12));

	@Test
	void aHoldOnTheGridWithinTheWindowHasNoProblem() {
		assertThat(hold("2026-06-01T09:00:00Z", 3).problemWith(course, NOW)).isEmpty();
	}

	@Test
	void aStartOffTheSlotGridIsRefused() {
		assertThat(hold("2026-06-01T09:20:00Z", 1).problemWith(course, NOW))
			.contains(new OffSlotGrid(Instant.parse("2026-06-01T09:20:00Z")));
	}

	@Test
	void aStartOutsideTheWorkingHoursIsOffTheGrid() {
		assertThat(hold("2026-06-01T20:00:00Z", 1).problemWith(course, NOW)).get().isInstanceOf(OffSlotGrid.class);
	}

	@Test
	void seatsOutsideOneToCapacityAreRefused() {
		assertThat(hold("2026-06-01T09:00:00Z", 13).problemWith(course, NOW)).contains(new SeatsOutOfRange(13, 12));
		assertThat(hold("2026-06-01T09:00:00Z", 0).problemWith(course, NOW)).contains(new SeatsOutOfRange(0, 12));
	}

	@Test
	void aStartWithinTheMinimumNoticeIsAPolicyViolation() {
		AvailabilityProblem problem = hold("2026-06-01T08:00:00Z", 1)
			.problemWith(course, Instant.parse("2026-06-01T06:30:00Z"))
			.orElseThrow();

		assertThat(problem).isInstanceOf(NoticeTooShort.class);
		assertThat(problem.code()).isEqualTo("POLICY_VIOLATION");
	}

	@Test
	void aStartBeyondTheHorizonIsAPolicyViolation() {
		assertThat(hold("2026-07-15T09:00:00Z", 1).problemWith(course, NOW)).get().isInstanceOf(BeyondHorizon.class);
	}

	private static HoldRequest hold(String start, int seats) {
		return new HoldRequest("first-aid-course", 5L, Instant.parse(start), seats);
	}

}
