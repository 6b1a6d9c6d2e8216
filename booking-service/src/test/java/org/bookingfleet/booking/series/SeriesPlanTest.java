package org.bookingfleet.booking.series;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SeriesPlanTest {

	private final List<Occurrence> fourWeeks = SeriesSchedule.expand(
			new Recurrence(Frequency.WEEKLY, 4, null, OnConflict.SKIP), LocalDateTime.of(2026, 12, 1, 10, 0),
			ZoneId.of("America/Argentina/Buenos_Aires"), Duration.ofMinutes(30));

	@Test
	void seriesWithoutConflictsIsBookedWhole() {
		SeriesOutcome outcome = SeriesPlan.decide(fourWeeks, Set.of(), OnConflict.FAIL);

		assertThat(outcome).isEqualTo(new SeriesOutcome.Book(fourWeeks, List.of()));
	}

	@Test
	void failRefusesTheWholeSeriesOverOneConflict() {
		SeriesOutcome outcome = SeriesPlan.decide(fourWeeks, Set.of(fourWeeks.get(2).start()), OnConflict.FAIL);

		assertThat(outcome).isEqualTo(new SeriesOutcome.Refused(List.of(fourWeeks.get(2))));
	}

	@Test
	void skipBooksTheFreeOccurrencesAndReportsTheConflicts() {
		SeriesOutcome outcome = SeriesPlan.decide(fourWeeks, Set.of(fourWeeks.get(1).start(), fourWeeks.get(3).start()),
				OnConflict.SKIP);

		assertThat(outcome).isEqualTo(new SeriesOutcome.Book(List.of(fourWeeks.get(0), fourWeeks.get(2)),
				List.of(fourWeeks.get(1), fourWeeks.get(3))));
	}

	@Test
	void skipRefusesWhenEveryOccurrenceIsTaken() {
		Set<java.time.Instant> all = Set.of(fourWeeks.get(0).start(), fourWeeks.get(1).start(),
				fourWeeks.get(2).start(), fourWeeks.get(3).start());

		assertThat(SeriesPlan.decide(fourWeeks, all, OnConflict.SKIP)).isInstanceOf(SeriesOutcome.Refused.class);
	}

}
