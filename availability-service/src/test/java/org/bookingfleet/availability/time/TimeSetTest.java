package org.bookingfleet.availability.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class TimeSetTest {

	@Test
	void touchingAndOverlappingRangesMergeIntoOne() {
		TimeSet set = TimeSet.of(range(10, 12), range(12, 13), range(11, 14), range(20, 21));

		assertThat(set.ranges()).containsExactly(range(10, 14), range(20, 21));
	}

	@Test
	void subtractingCutsHolesAndTrimsEdges() {
		TimeSet open = TimeSet.of(range(8, 12), range(13, 17));

		TimeSet left = open.minus(TimeSet.of(range(7, 9), range(10, 11), range(16, 18)));

		assertThat(left.ranges()).containsExactly(range(9, 10), range(11, 12), range(13, 16));
	}

	@Test
	void subtractingEverythingLeavesNothing() {
		assertThat(TimeSet.of(range(8, 12)).minus(TimeSet.of(range(8, 12))).isEmpty()).isTrue();
	}

	@Test
	void coversOnlyRangesInsideOneOpenStretch() {
		TimeSet open = TimeSet.of(range(8, 12), range(13, 17));

		assertThat(open.covers(range(9, 12))).isTrue();
		assertThat(open.covers(range(11, 14))).isFalse();
		assertThat(open.overlaps(range(12, 13))).isFalse();
		assertThat(open.overlaps(range(11, 13))).isTrue();
	}

	private static TimeRange range(int fromHour, int toHour) {
		Instant day = Instant.parse("2026-06-01T00:00:00Z");
		return new TimeRange(day.plusSeconds(fromHour * 3600L), day.plusSeconds(toHour * 3600L));
	}

}
