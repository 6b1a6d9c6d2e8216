package org.bookingfleet.availability.slot;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Optional;
import java.util.OptionalInt;

import org.bookingfleet.availability.time.TimeRange;
import org.junit.jupiter.api.Test;

class MonthQueryTest {

	private static final Instant NOW = Instant.parse("2026-12-03T12:00:00Z");

	@Test
	void aWellFormedMonthIsRead() {
		Validated<MonthQuery> read = MonthQuery.read("barber-corte", "21", "2027-01", "Europe/London", "60", NOW);

		assertThat(read).isEqualTo(Validated.valid(new MonthQuery("barber-corte", Optional.of(21L),
				YearMonth.of(2027, 1), Optional.of(ZoneId.of("Europe/London")), OptionalInt.of(60))));
	}

	@Test
	void withoutProviderZoneOrLengthAnyProviderOnTheServicesClockIsMeant() {
		MonthQuery query = valid(MonthQuery.read("barber-corte", " ", "2026-12", null, "", NOW));

		assertThat(query.providerId()).isEmpty();
		assertThat(query.zone()).isEmpty();
		assertThat(query.durationMinutes()).isEmpty();
	}

	@Test
	void aMonthIsWrittenYearDashMonthWithinTwoYearsOfNow() {
		for (String bad : new String[] { "2026-13", "2026-00", "2026-1", "26-12", "2026/12", "2026-12-01", "december",
				"+2026-12", "2024-11", "2029-01" }) {
			assertThat(problem(MonthQuery.read("s", null, bad, null, null, NOW)).field()).as(bad).isEqualTo("month");
		}
		assertThat(MonthQuery.read("s", null, "2024-12", null, null, NOW)).isInstanceOf(Validated.Valid.class);
		assertThat(MonthQuery.read("s", null, "2028-12", null, null, NOW)).isInstanceOf(Validated.Valid.class);
	}

	@Test
	void missingOrMalformedParametersAreNamed() {
		assertThat(problem(MonthQuery.read(null, null, "2026-12", null, null, NOW)).field()).isEqualTo("serviceId");
		assertThat(problem(MonthQuery.read("s", null, null, null, null, NOW)))
			.isEqualTo(new AvailabilityProblem.MissingParameter("month"));
		assertThat(problem(MonthQuery.read("s", "0", "2026-12", null, null, NOW)).field()).isEqualTo("providerId");
		assertThat(problem(MonthQuery.read("s", null, "2026-12", "Mars/Olympus", null, NOW)).field()).isEqualTo("tz");
		assertThat(problem(MonthQuery.read("s", null, "2026-12", null, "-30", NOW)).field())
			.isEqualTo("durationMinutes");
	}

	@Test
	void theMonthRunsFromItsFirstLocalMidnightToTheNextMonthsAcrossDaylightSaving() {
		MonthQuery march = valid(MonthQuery.read("s", null, "2027-03", null, null, NOW));
		ZoneId chicago = ZoneId.of("America/Chicago");

		TimeRange days = march.in(chicago);

		assertThat(days)
			.isEqualTo(new TimeRange(Instant.parse("2027-03-01T06:00:00Z"), Instant.parse("2027-04-01T05:00:00Z")));
		assertThat(march.inAnyZone().contains(days)).isTrue();
		assertThat(march.inAnyZone().contains(march.in(ZoneId.of("Pacific/Kiritimati")))).isTrue();
		assertThat(march.inAnyZone().contains(march.in(ZoneId.of("Etc/GMT+12")))).isTrue();
	}

	private static <T> T valid(Validated<T> read) {
		return read.fold(value -> value, problem -> {
			throw new AssertionError(problem.message());
		});
	}

	private static AvailabilityProblem problem(Validated<?> read) {
		return read.fold(value -> {
			throw new AssertionError("read as valid: " + value);
		}, problem -> problem);
	}

}
