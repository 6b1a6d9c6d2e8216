package org.bookingfleet.availability.slot;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class ServiceHoursTest {

	private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	private final ServiceHours tenToTwo = new ServiceHours(LocalTime.of(10, 0), LocalTime.of(14, 0), CHICAGO);

	@Test
	void theFirstMinuteIsInsideAndTheLastIsOutside() {
		assertThat(tenToTwo.admits(chicago("10:00"), LONDON)).isTrue();
		assertThat(tenToTwo.admits(chicago("13:59"), LONDON)).isTrue();
		assertThat(tenToTwo.admits(chicago("14:00"), LONDON)).isFalse();
		assertThat(tenToTwo.admits(chicago("09:59"), LONDON)).isFalse();
	}

	@Test
	void theHoursAreReadOnTheServicesClockNotTheProviders() {
		Instant tenInChicago = chicago("10:00");

		assertThat(tenToTwo.admits(tenInChicago, LONDON)).isTrue();
		assertThat(new ServiceHours(LocalTime.of(10, 0), LocalTime.of(14, 0), null).admits(tenInChicago, LONDON))
			.isFalse();
	}

	@Test
	void hoursUntilBeforeFromReachOverMidnight() {
		ServiceHours nights = new ServiceHours(LocalTime.of(22, 0), LocalTime.of(6, 0), CHICAGO);

		assertThat(nights.admits(chicago("23:30"), CHICAGO)).isTrue();
		assertThat(nights.admits(chicago("05:59"), CHICAGO)).isTrue();
		assertThat(nights.admits(chicago("06:00"), CHICAGO)).isFalse();
		assertThat(nights.admits(chicago("12:00"), CHICAGO)).isFalse();
	}

	@Test
	void aMissingBoundIsOpen() {
		assertThat(new ServiceHours(null, LocalTime.of(12, 0), CHICAGO).admits(chicago("00:00"), CHICAGO)).isTrue();
		assertThat(new ServiceHours(LocalTime.of(12, 0), null, CHICAGO).admits(chicago("23:59"), CHICAGO)).isTrue();
		assertThat(new ServiceHours(LocalTime.of(12, 0), null, CHICAGO).admits(chicago("11:59"), CHICAGO)).isFalse();
	}

	@Property(tries = 500)
	void roundTheClockAdmitsEveryStart(@ForAll("instants") Instant start, @ForAll("zones") ZoneId zone) {
		assertThat(ServiceHours.roundTheClock().admits(start, zone)).isTrue();
	}

	@Property(tries = 1000)
	void aStartIsInsideExactlyOneOfTwoHoursThatSplitTheDay(@ForAll("times") LocalTime from,
			@ForAll("times") LocalTime until, @ForAll("instants") Instant start, @ForAll("zones") ZoneId zone) {
		if (from.equals(until)) {
			return;
		}
		boolean inside = new ServiceHours(from, until, zone).admits(start, zone);
		boolean outside = new ServiceHours(until, from, zone).admits(start, zone);

		assertThat(inside).isNotEqualTo(outside);
	}

	@Property(tries = 1000)
	void aStartIsAdmittedExactlyWhenItsLocalTimeIsWithinTheHours(@ForAll("times") LocalTime from,
			@ForAll("times") LocalTime until, @ForAll("instants") Instant start, @ForAll("zones") ZoneId zone) {
		if (!from.isBefore(until)) {
			return;
		}
		LocalTime local = start.atZone(zone).toLocalTime();

		assertThat(new ServiceHours(from, until, zone).admits(start, ZoneId.of("UTC")))
			.isEqualTo(!local.isBefore(from) && local.isBefore(until));
	}

	@Provide
	Arbitrary<LocalTime> times() {
		return Arbitraries.integers()
			.between(0, 24 * 4 - 1)
			.map(quarter -> LocalTime.of(quarter / 4, quarter % 4 * 15));
	}

	@Provide
	Arbitrary<Instant> instants() {
		return Arbitraries.longs()
			.between(Instant.parse("2026-01-01T00:00:00Z").getEpochSecond(),
					Instant.parse("2027-12-31T00:00:00Z").getEpochSecond())
			.map(seconds -> Instant.ofEpochSecond(seconds / 60 * 60));
	}

	@Provide
	Arbitrary<ZoneId> zones() {
		return Arbitraries.of(List.of("America/Chicago", "Europe/London", "Australia/Lord_Howe", "Asia/Kolkata", "UTC"))
			.map(ZoneId::of);
	}

	private static Instant chicago(String time) {
		return LocalDate.parse("2026-06-01").atTime(LocalTime.parse(time)).atZone(CHICAGO).toInstant();
	}

}
