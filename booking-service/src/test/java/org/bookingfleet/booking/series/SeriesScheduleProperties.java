package org.bookingfleet.booking.series;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class SeriesScheduleProperties {

	@Provide
	Arbitrary<ZoneId> zones() {
		return Arbitraries
			.of("America/Chicago", "Europe/London", "America/Argentina/Buenos_Aires", "Australia/Sydney",
					"America/New_York", "UTC")
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
		List<Occurrence> occurrences = SeriesSchedule.expand(new Recurrence(frequency, count, null, OnConflict.FAIL),
				first, zone, Duration.ofHours(1));

		assertThat(occurrences).hasSize(count);
		for (int n = 0; n < occurrences.size(); n++) {
			LocalDateTime wanted = frequency.nth(first, n);
			LocalDateTime actual = LocalDateTime.ofInstant(occurrences.get(n).start(), zone);
			boolean inGap = zone.getRules().getValidOffsets(wanted).isEmpty();
			if (inGap) {
				assertThat(actual).isAfter(wanted);
			}
			else {
				assertThat(actual).isEqualTo(wanted);
			}
			if (n > 0) {
				assertThat(occurrences.get(n).start()).isAfter(occurrences.get(n - 1).start());
			}
		}
	}

}
