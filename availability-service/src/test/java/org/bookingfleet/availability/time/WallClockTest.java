package org.bookingfleet.availability.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class WallClockTest {

	private final WallClock chicago = new WallClock(ZoneId.of("America/Chicago"));

	@Test
	void aLocalTimeInsideTheSpringGapIsShownAtNoInstant() {
		assertThat(chicago.instantsShowing(LocalDateTime.parse("2026-03-08T02:30"))).isEmpty();
	}

	@Test
	void aLocalTimeInsideTheAutumnOverlapIsShownAtTwoInstants() {
		assertThat(chicago.instantsShowing(LocalDateTime.parse("2026-11-01T01:30")))
			.containsExactly(Instant.parse("2026-11-01T06:30:00Z"), Instant.parse("2026-11-01T07:30:00Z"));
	}

	@Test
	void hoursAcrossTheSpringGapLastOneHourLess() {
		TimeSet shown = chicago.instantsShowingBetween(LocalDateTime.parse("2026-03-08T00:00"),
				LocalDateTime.parse("2026-03-08T05:00"));

		assertThat(shown.ranges()).containsExactly(
				new TimeRange(Instant.parse("2026-03-08T06:00:00Z"), Instant.parse("2026-03-08T10:00:00Z")));
	}

	@Test
	void hoursEndingInsideTheAutumnOverlapCoverBothPassesOfTheRepeatedTime() {
		TimeSet shown = chicago.instantsShowingBetween(LocalDateTime.parse("2026-11-01T00:00"),
				LocalDateTime.parse("2026-11-01T01:30"));

		assertThat(shown.ranges()).containsExactly(
				new TimeRange(Instant.parse("2026-11-01T05:00:00Z"), Instant.parse("2026-11-01T06:30:00Z")),
				new TimeRange(Instant.parse("2026-11-01T07:00:00Z"), Instant.parse("2026-11-01T07:30:00Z")));
	}

	@Test
	void hoursStartingInsideTheAutumnOverlapBeginAtItsFirstPass() {
		TimeSet shown = chicago.instantsShowingBetween(LocalDateTime.parse("2026-11-01T01:30"),
				LocalDateTime.parse("2026-11-01T03:00"));

		assertThat(shown.ranges()).containsExactly(
				new TimeRange(Instant.parse("2026-11-01T06:30:00Z"), Instant.parse("2026-11-01T07:00:00Z")),
				new TimeRange(Instant.parse("2026-11-01T07:30:00Z"), Instant.parse("2026-11-01T09:00:00Z")));
	}

}
