package org.bookingfleet.booking.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class SeriesScheduleTest {

	private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	private static final Duration HOUR = Duration.ofHours(1);

	@Test
	void weeklyTenOClockStaysTenOClockAcrossTheEndOfSummerTime() {
		Recurrence weekly = new Recurrence(Frequency.WEEKLY, 3, null, OnConflict.FAIL);

		List<Occurrence> occurrences = SeriesSchedule.expand(weekly, LocalDateTime.of(2026, 10, 22, 10, 0), CHICAGO,
				HOUR);

		assertThat(occurrences).extracting(Occurrence::start)
			.containsExactly(Instant.parse("2026-10-22T15:00:00Z"), Instant.parse("2026-10-29T15:00:00Z"),
					Instant.parse("2026-11-05T16:00:00Z"));
		assertThat(occurrences).allSatisfy(occurrence -> assertThat(occurrence.start().atZone(CHICAGO).toLocalTime())
			.isEqualTo(LocalTime.of(10, 0)));
	}

	@Test
	void biweeklyInLondonSkipsAWeekAndKeepsTheLocalHour() {
		Recurrence biweekly = new Recurrence(Frequency.BIWEEKLY, 2, null, OnConflict.FAIL);

		List<Occurrence> occurrences = SeriesSchedule.expand(biweekly, LocalDateTime.of(2026, 10, 20, 9, 30), LONDON,
				HOUR);

		assertThat(occurrences).extracting(Occurrence::start)
			.containsExactly(Instant.parse("2026-10-20T08:30:00Z"), Instant.parse("2026-11-03T09:30:00Z"));
	}

	@Test
	void dailyStartInTheSpringGapMovesForwardByTheGap() {
		Recurrence daily = new Recurrence(Frequency.DAILY, 3, null, OnConflict.SKIP);

		List<Occurrence> occurrences = SeriesSchedule.expand(daily, LocalDateTime.of(2027, 3, 13, 2, 30), CHICAGO,
				HOUR);

		assertThat(occurrences).extracting(o -> o.start().atZone(CHICAGO).toLocalTime())
			.containsExactly(LocalTime.of(2, 30), LocalTime.of(3, 30), LocalTime.of(2, 30));
	}

	@Test
	void monthlyOnThe31stFallsOnTheLastDayOfShorterMonths() {
		Recurrence monthly = new Recurrence(Frequency.MONTHLY, 4, null, OnConflict.FAIL);

		List<Occurrence> occurrences = SeriesSchedule.expand(monthly, LocalDateTime.of(2027, 1, 31, 10, 0), CHICAGO,
				HOUR);

		assertThat(occurrences).extracting(o -> o.start().atZone(CHICAGO).toLocalDate())
			.containsExactly(LocalDate.of(2027, 1, 31), LocalDate.of(2027, 2, 28), LocalDate.of(2027, 3, 31),
					LocalDate.of(2027, 4, 30));
	}

	@Test
	void untilDateIsInclusiveInTheLocalZone() {
		Recurrence weekly = new Recurrence(Frequency.WEEKLY, null, LocalDate.of(2026, 12, 15), OnConflict.FAIL);

		List<Occurrence> occurrences = SeriesSchedule.expand(weekly, LocalDateTime.of(2026, 12, 1, 23, 0), CHICAGO,
				HOUR);

		assertThat(occurrences).extracting(o -> o.start().atZone(CHICAGO).toLocalDate())
			.containsExactly(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 8), LocalDate.of(2026, 12, 15));
	}

	@Test
	void farAwayUntilDateIsCappedAtTheMaximumSeriesLength() {
		Recurrence daily = new Recurrence(Frequency.DAILY, null, LocalDate.of(2030, 1, 1), OnConflict.FAIL);

		List<Occurrence> occurrences = SeriesSchedule.expand(daily, LocalDateTime.of(2026, 12, 1, 10, 0), CHICAGO,
				HOUR);

		assertThat(occurrences).hasSize(Recurrence.MAX_OCCURRENCES);
	}

	@Test
	void eachOccurrenceLastsTheServiceLength() {
		Recurrence weekly = new Recurrence(Frequency.WEEKLY, 2, null, OnConflict.FAIL);

		List<Occurrence> occurrences = SeriesSchedule.expand(weekly, LocalDateTime.of(2026, 12, 1, 10, 0), CHICAGO,
				Duration.ofMinutes(45));

		assertThat(occurrences)
			.allSatisfy(o -> assertThat(Duration.between(o.start(), o.end())).isEqualTo(Duration.ofMinutes(45)));
	}

	@Test
	void recurrenceNeedsEitherCountOrUntil() {
		assertThatThrownBy(() -> new Recurrence(Frequency.DAILY, null, null, OnConflict.FAIL))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new Recurrence(Frequency.DAILY, 3, LocalDate.of(2027, 1, 1), OnConflict.FAIL))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
