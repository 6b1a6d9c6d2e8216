package org.bookingfleet.availability.slot;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import org.bookingfleet.availability.slot.FreeDays.FreeDay;
import org.junit.jupiter.api.Test;

class FreeDaysTest {

	private static final ZoneId BUENOS_AIRES = ZoneId.of("America/Argentina/Buenos_Aires");

	private static Slot slot(long provider, String start) {
		Instant at = Instant.parse(start);
		return new Slot(provider, at, at.plusSeconds(3600), 1);
	}

	@Test
	void eachDayCountsItsDistinctStartsOnTheZonesCalendar() {
		List<Slot> slots = List.of(slot(21, "2026-12-07T13:00:00Z"), slot(22, "2026-12-07T13:00:00Z"),
				slot(21, "2026-12-07T14:00:00Z"),
				// 01:00 UTC on the 9th is still the 8th in Buenos Aires (UTC-3)
				slot(22, "2026-12-09T01:00:00Z"));

		FreeDays days = FreeDays.of(YearMonth.of(2026, 12), BUENOS_AIRES, List.of(21L, 22L), slots);

		assertThat(days.days()).containsExactly(
				new FreeDay(LocalDate.of(2026, 12, 7), 2, Instant.parse("2026-12-07T13:00:00Z")),
				new FreeDay(LocalDate.of(2026, 12, 8), 1, Instant.parse("2026-12-09T01:00:00Z")));
	}

	@Test
	void startsOutsideTheMonthAreLeftOut() {
		FreeDays days = FreeDays.of(YearMonth.of(2026, 12), BUENOS_AIRES, List.of(21L),
				List.of(slot(21, "2027-01-01T02:00:00Z"), slot(21, "2027-01-01T03:00:00Z")));

		assertThat(days.days()).extracting(FreeDay::date).containsExactly(LocalDate.of(2026, 12, 31));
	}

}
