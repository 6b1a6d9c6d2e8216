package org.bookingfleet.availability.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.bookingfleet.availability.time.TimeRange;
import org.bookingfleet.availability.time.TimeSet;
import org.junit.jupiter.api.Test;

class ProviderScheduleTest {

	private static final ZoneId BUENOS_AIRES = ZoneId.of("America/Argentina/Buenos_Aires");

	private static final LocalDate MONDAY = LocalDate.parse("2026-06-01");

	private final ProviderSchedule barber = ProviderSchedule
		.weekly(BUENOS_AIRES,
				WeeklyHours.every(List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY), LocalHours.of("09:00", "13:00"),
						LocalHours.of("15:00", "20:00")))
		.withBreaks(WeeklyHours.none().with(DayOfWeek.MONDAY, LocalHours.of("11:00", "11:30")));

	@Test
	void severalIntervalsADayLessTheBreakAreOpen() {
		assertThat(barber.openTime(MONDAY, MONDAY).ranges()).containsExactly(
				range("2026-06-01T12:00:00Z", "2026-06-01T14:00:00Z"),
				range("2026-06-01T14:30:00Z", "2026-06-01T16:00:00Z"),
				range("2026-06-01T18:00:00Z", "2026-06-01T23:00:00Z"));
	}

	@Test
	void aDayWithoutHoursIsClosed() {
		LocalDate sunday = LocalDate.parse("2026-06-07");

		assertThat(barber.openTime(sunday, sunday).isEmpty()).isTrue();
	}

	@Test
	void anOverrideReplacesTheWeekdayHoursAndItsBreaks() {
		ProviderSchedule shortMonday = barber
			.withOverrides(List.of(new DateOverride(MONDAY, List.of(LocalHours.of("10:00", "12:00")))));

		assertThat(shortMonday.openTime(MONDAY, MONDAY).ranges())
			.containsExactly(range("2026-06-01T13:00:00Z", "2026-06-01T15:00:00Z"));
	}

	@Test
	void aClosedOverrideShutsTheDate() {
		ProviderSchedule holiday = barber.withOverrides(List.of(DateOverride.closed(MONDAY)));

		assertThat(holiday.openTime(MONDAY, MONDAY).isEmpty()).isTrue();
	}

	@Test
	void timeOffIsTakenOutOfTheOpenHours() {
		ProviderSchedule afternoonOff = barber
			.withTimeOff(TimeSet.of(range("2026-06-01T17:00:00Z", "2026-06-02T13:00:00Z")));

		assertThat(afternoonOff.openTime(MONDAY, MONDAY.plusDays(1)).ranges()).containsExactly(
				range("2026-06-01T12:00:00Z", "2026-06-01T14:00:00Z"),
				range("2026-06-01T14:30:00Z", "2026-06-01T16:00:00Z"),
				range("2026-06-02T13:00:00Z", "2026-06-02T16:00:00Z"),
				range("2026-06-02T18:00:00Z", "2026-06-02T23:00:00Z"));
	}

	@Test
	void hoursEndingAtMidnightRunToTheEndOfTheDay() {
		ProviderSchedule lateShift = ProviderSchedule.weekly(ZoneId.of("UTC"),
				WeeklyHours.everyDay(LocalHours.of("22:00", "00:00")));

		assertThat(lateShift.openTime(MONDAY, MONDAY).ranges())
			.containsExactly(range("2026-06-01T22:00:00Z", "2026-06-02T00:00:00Z"));
	}

	private static TimeRange range(String from, String to) {
		return new TimeRange(Instant.parse(from), Instant.parse(to));
	}

}
