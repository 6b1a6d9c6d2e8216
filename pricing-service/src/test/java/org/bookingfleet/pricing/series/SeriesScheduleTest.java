package org.bookingfleet.pricing.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class SeriesScheduleTest {

	private static final ZoneId HOUSTON = ZoneId.of("America/Chicago");

	@Test
	void weeklyTenOClockStaysTenOClockLocalAcrossTheEndOfDaylightSaving() {
		// Monday 26 October 2026 10:00 CDT; daylight saving ends on Sunday 1 November.
		Instant first = Instant.parse("2026-10-26T15:00:00Z");

		assertThat(SeriesSchedule.starts(Recurrence.times(Frequency.WEEKLY, 3), first, HOUSTON)).containsExactly(
				Instant.parse("2026-10-26T15:00:00Z"), Instant.parse("2026-11-02T16:00:00Z"),
				Instant.parse("2026-11-09T16:00:00Z"));
	}

	@Test
	void localStartInTheSpringGapMovesForwardByTheGap() {
		// 02:30 does not exist in Houston on Sunday 14 March 2027: that occurrence starts
		// at 03:30 CDT.
		Instant first = LocalDate.of(2027, 3, 13).atTime(LocalTime.of(2, 30)).atZone(HOUSTON).toInstant();

		assertThat(SeriesSchedule.starts(Recurrence.times(Frequency.DAILY, 3), first, HOUSTON)).containsExactly(
				Instant.parse("2027-03-13T08:30:00Z"), Instant.parse("2027-03-14T08:30:00Z"),
				Instant.parse("2027-03-15T07:30:00Z"));
	}

	@Test
	void localStartInTheAutumnOverlapTakesTheEarlierOffset() {
		Instant first = LocalDate.of(2026, 10, 31).atTime(LocalTime.of(1, 30)).atZone(HOUSTON).toInstant();

		assertThat(SeriesSchedule.starts(Recurrence.times(Frequency.DAILY, 2), first, HOUSTON).get(1))
			.isEqualTo(Instant.parse("2026-11-01T06:30:00Z"));
	}

	@Test
	void untilIsALocalDateAndIncludesItsDay() {
		Instant first = Instant.parse("2026-12-07T16:00:00Z");

		assertThat(
				SeriesSchedule.starts(Recurrence.until(Frequency.BIWEEKLY, LocalDate.of(2027, 1, 4)), first, HOUSTON))
			.containsExactly(Instant.parse("2026-12-07T16:00:00Z"), Instant.parse("2026-12-21T16:00:00Z"),
					Instant.parse("2027-01-04T16:00:00Z"));
	}

	@Test
	void untilBeforeTheFirstDayGivesNoOccurrence() {
		assertThat(SeriesSchedule.starts(Recurrence.until(Frequency.DAILY, LocalDate.of(2026, 12, 6)),
				Instant.parse("2026-12-07T16:00:00Z"), HOUSTON))
			.isEmpty();
	}

	@Test
	void monthlyOnThe31stKeepsTheDayWhereTheMonthHasOne() {
		Instant first = LocalDate.of(2027, 1, 31).atTime(LocalTime.of(10, 0)).atZone(HOUSTON).toInstant();

		assertThat(SeriesSchedule.starts(Recurrence.times(Frequency.MONTHLY, 3), first, HOUSTON))
			.extracting(start -> start.atZone(HOUSTON).toLocalDate())
			.containsExactly(LocalDate.of(2027, 1, 31), LocalDate.of(2027, 2, 28), LocalDate.of(2027, 3, 31));
	}

	@Test
	void untilSeriesStopsAtTheLargestSeries() {
		assertThat(SeriesSchedule.starts(Recurrence.until(Frequency.DAILY, LocalDate.of(2030, 1, 1)),
				Instant.parse("2026-12-07T16:00:00Z"), HOUSTON))
			.hasSize(Recurrence.MAX_OCCURRENCES);
	}

	@Test
	void aRecurrenceHasEitherACountOrAnUntilDate() {
		assertThatThrownBy(() -> new Recurrence(Frequency.DAILY, java.util.Optional.of(2),
				java.util.Optional.of(LocalDate.of(2027, 1, 1))))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> Recurrence.times(Frequency.DAILY, Recurrence.MAX_OCCURRENCES + 1))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
