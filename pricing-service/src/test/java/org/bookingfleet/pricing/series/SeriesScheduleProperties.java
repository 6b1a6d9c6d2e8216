package org.bookingfleet.pricing.series;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The booking service's expansion rule, checked the same way: local time kept, gaps moved
 * forward, starts ascending.
 */
class SeriesScheduleProperties {

	@Provide
	Arbitrary<ZoneId> zones() {
		return Arbitraries
			.of("America/Chicago", "Europe/London", "America/Argentina/Buenos_Aires", "Australia/Sydney",
					"America/Denver", "UTC")
			.map(ZoneId::of);
	}

	@Provide
	Arbitrary<LocalDateTime> firstStarts() {
		return Arbitraries.integers()
			.between(0, 3 * 365)
			.flatMap(day -> Arbitraries.integers()
				.between(0, 95)
				.map(quarter -> LocalDateTime.of(2026, 1, 1, 0, 0).plusDays(day).plusMinutes(15L * quarter)));
	}

	@Property(tries = 500)
	void occurrencesKeepTheLocalTimeUnlessItFallsInAGap(@ForAll Frequency frequency,
			@ForAll @IntRange(min = 1, max = Recurrence.MAX_OCCURRENCES) int count,
			@ForAll("firstStarts") LocalDateTime first, @ForAll("zones") ZoneId zone) {
		Instant firstInstant = first.atZone(zone).toInstant();
		LocalDateTime firstLocal = LocalDateTime.ofInstant(firstInstant, zone);

		List<Instant> starts = SeriesSchedule.starts(Recurrence.times(frequency, count), firstInstant, zone);

		assertThat(starts).hasSize(count);
		assertThat(starts.get(0)).isEqualTo(firstInstant);
		for (int n = 0; n < starts.size(); n++) {
			LocalDateTime wanted = frequency.nth(firstLocal, n);
			LocalDateTime actual = LocalDateTime.ofInstant(starts.get(n), zone);
			if (zone.getRules().getValidOffsets(wanted).isEmpty()) {
				assertThat(actual).isAfter(wanted);
			}
			else {
				assertThat(actual).isEqualTo(wanted);
			}
			if (n > 0) {
				assertThat(starts.get(n)).isAfter(starts.get(n - 1));
			}
		}
	}

}
