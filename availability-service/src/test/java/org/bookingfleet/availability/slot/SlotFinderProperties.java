package org.bookingfleet.availability.slot;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.bookingfleet.availability.schedule.DateOverride;
import org.bookingfleet.availability.schedule.LocalHours;
import org.bookingfleet.availability.schedule.ProviderSchedule;
import org.bookingfleet.availability.schedule.WeeklyHours;
import org.bookingfleet.availability.time.TimeRange;
import org.bookingfleet.availability.time.TimeSet;

class SlotFinderProperties {

	private static final List<String> ZONES = List.of("America/Chicago", "Europe/London", "Australia/Lord_Howe",
			"America/St_Johns", "Pacific/Chatham", "Asia/Kolkata", "America/Sao_Paulo", "UTC");

	private static final List<LocalDate> DAYS_NEAR_CHANGES = List.of(LocalDate.parse("2026-03-07"),
			LocalDate.parse("2026-03-28"), LocalDate.parse("2026-04-04"), LocalDate.parse("2026-10-03"),
			LocalDate.parse("2026-10-24"), LocalDate.parse("2026-10-31"), LocalDate.parse("2026-06-15"));

	@Property(tries = 300)
	void everySlotLiesInsideWorkingHoursAndOutsideBreaks(@ForAll("scenarios") Scenario scenario) {
		ProviderSchedule schedule = scenario.finder().provider().schedule();
		Statistics.collect(scenario.freeSlots().isEmpty() ? "no slot" : "slots");
		Statistics.coverage(coverage -> coverage.check("slots").percentage(share -> share > 25));
		for (Slot slot : scenario.freeSlots()) {
			for (Instant t = slot.start(); t.isBefore(slot.end()); t = t.plus(Duration.ofMinutes(1))) {
				assertThat(isWorkingAt(schedule, t)).as("working at %s for %s", t, slot).isTrue();
			}
			assertThat(isWorkingAt(schedule, slot.end().minusNanos(1))).isTrue();
		}
	}

	@Property(tries = 300)
	void noSlotOverlapsTimeOff(@ForAll("scenarios") Scenario scenario) {
		TimeSet timeOff = scenario.finder().provider().schedule().timeOff();
		for (Slot slot : scenario.freeSlots()) {
			assertThat(timeOff.overlaps(new TimeRange(slot.start(), slot.end()))).as("%s", slot).isFalse();
		}
	}

	@Property(tries = 300)
	void noSlotWithItsBuffersOverlapsAReservation(@ForAll("scenarios") Scenario scenario) {
		ServiceTerms service = scenario.finder().service();
		for (Slot slot : scenario.freeSlots()) {
			TimeRange reserved = Reservation.of(slot.start(), service).reserved();
			assertThat(scenario.reservations()).noneMatch(existing -> existing.reserved().overlaps(reserved));
		}
	}

	@Property(tries = 300)
	void everySlotRespectsTheMinimumNoticeAndTheHorizon(@ForAll("scenarios") Scenario scenario) {
		BookingPolicy policy = scenario.finder().provider().policy();
		for (Slot slot : scenario.freeSlots()) {
			assertThat(slot.start()).isAfterOrEqualTo(scenario.now().plus(policy.minimumNotice()));
			assertThat(slot.start()).isBeforeOrEqualTo(scenario.now().plus(policy.horizon()));
		}
	}

	@Property(tries = 300)
	void slotsStartOnTheGridInsideTheRangeInOrderAndNeverTwiceAtOnce(@ForAll("scenarios") Scenario scenario) {
		List<Slot> slots = scenario.freeSlots();
		for (int i = 0; i < slots.size(); i++) {
			Slot slot = slots.get(i);
			assertThat(scenario.finder().isOnGrid(slot.start())).as("%s on grid", slot).isTrue();
			assertThat(slot.start()).isAfterOrEqualTo(scenario.from()).isBefore(scenario.to());
			assertThat(slot.end()).isEqualTo(slot.start().plus(scenario.finder().service().duration()));
			if (i > 0) {
				assertThat(slot.start()).isAfter(slots.get(i - 1).start());
			}
		}
	}

	@Property(tries = 200)
	void reservingAFreeSlotTakesItAndNeverFreesAnother(@ForAll("scenarios") Scenario scenario) {
		List<Slot> before = scenario.freeSlots();
		if (before.isEmpty()) {
			return;
		}
		Slot chosen = before.get(before.size() / 2);
		List<Reservation> more = new ArrayList<>(scenario.reservations());
		more.add(Reservation.of(chosen.start(), scenario.finder().service()));

		List<Slot> after = scenario.finder().freeSlots(scenario.from(), scenario.to(), scenario.now(), more);

		assertThat(before).containsAll(after);
		assertThat(after).doesNotContain(chosen);
		assertThat(scenario.finder().isFree(chosen.start(), scenario.now(), more)).isFalse();
	}

	@Property(tries = 200)
	void everyFreeSlotIsFreeWhenAskedAlone(@ForAll("scenarios") Scenario scenario) {
		for (Slot slot : scenario.freeSlots()) {
			assertThat(scenario.finder().isFree(slot.start(), scenario.now(), scenario.reservations())).isTrue();
		}
	}

	private static boolean isWorkingAt(ProviderSchedule schedule, Instant instant) {
		LocalDateTime local = LocalDateTime.ofInstant(instant, schedule.zone());
		LocalDate date = local.toLocalDate();
		LocalTime time = local.toLocalTime();
		boolean inHours = schedule.hoursOn(date).stream().anyMatch(hours -> hours.includes(time));
		boolean inBreak = schedule.breaksOn(date).stream().anyMatch(pause -> pause.includes(time));
		return inHours && !inBreak;
	}

	record Scenario(SlotFinder finder, Instant from, Instant to, Instant now, List<Reservation> reservations) {

		List<Slot> freeSlots() {
			return finder.freeSlots(from, to, now, reservations);
		}
	}

	@Provide
	Arbitrary<Scenario> scenarios() {
		Arbitrary<ZoneId> zones = Arbitraries.of(ZONES).map(ZoneId::of);
		Arbitrary<LocalDate> firstDays = Arbitraries.of(DAYS_NEAR_CHANGES);
		Arbitrary<ServiceTerms> services = Combinators
			.combine(Arbitraries.integers().between(1, 36).map(n -> Duration.ofMinutes(n * 5L)),
					Arbitraries.integers().between(0, 6).map(n -> Duration.ofMinutes(n * 5L)),
					Arbitraries.integers().between(0, 6).map(n -> Duration.ofMinutes(n * 5L)))
			.as((duration, before, after) -> new ServiceTerms(duration, before, after, 1));
		Arbitrary<BookingPolicy> policies = Combinators
			.combine(Arbitraries.integers().between(0, 16).map(n -> Duration.ofMinutes(n * 30L)),
					Arbitraries.integers().between(1, 10).map(Duration::ofDays),
					Arbitraries.of(5, 10, 15, 20, 30, 45, 60, 90).map(Duration::ofMinutes),
					Arbitraries.integers().between(1, 6).injectNull(0.7))
			.as((notice, horizon, grid, limit) -> new BookingPolicy(notice, horizon, grid,
					limit == null ? OptionalInt.empty() : OptionalInt.of(limit)));
		return Combinators
			.combine(zones, firstDays, weeks(), weeks(), services, policies, Arbitraries.integers().between(1, 4),
					Arbitraries.integers().between(-2880, 240))
			.flatAs((zone, firstDay, hours, breaks, service, policy, days, nowOffset) -> {
				Instant from = firstDay.atStartOfDay(zone).toInstant();
				Instant to = from.plus(Duration.ofDays(days));
				Instant now = from.plus(Duration.ofMinutes(nowOffset));
				Arbitrary<List<TimeRange>> timeOff = ranges(from, days, 240).list().ofMaxSize(3);
				Arbitrary<List<Reservation>> reservations = Combinators
					.combine(Arbitraries.integers().between(0, days * 1440), services)
					.as((minute, terms) -> Reservation.of(from.plus(Duration.ofMinutes(minute)), terms))
					.list()
					.ofMaxSize(5);
				Arbitrary<List<DateOverride>> overrides = Combinators
					.combine(Arbitraries.integers().between(0, days), dayHours().list().ofMaxSize(2))
					.as((day, dayHours) -> new DateOverride(firstDay.plusDays(day), dayHours))
					.list()
					.ofMaxSize(1);
				return Combinators.combine(timeOff, reservations, overrides).as((off, reserved, changed) -> {
					ProviderSchedule schedule = ProviderSchedule.weekly(zone, hours)
						.withBreaks(breaks)
						.withOverrides(changed)
						.withTimeOff(TimeSet.of(off));
					return new Scenario(new SlotFinder(new Provider(1L, schedule, policy), service), from, to, now,
							reserved);
				});
			});
	}

	private static Arbitrary<WeeklyHours> weeks() {
		return dayHours().list().ofMinSize(1).ofMaxSize(3).list().ofSize(7).map(perDay -> {
			Map<DayOfWeek, List<LocalHours>> days = new EnumMap<>(DayOfWeek.class);
			for (DayOfWeek day : DayOfWeek.values()) {
				days.put(day, perDay.get(day.ordinal()));
			}
			return new WeeklyHours(days);
		});
	}

	private static Arbitrary<LocalHours> dayHours() {
		return Combinators.combine(Arbitraries.integers().between(0, 95), Arbitraries.integers().between(1, 48))
			.as((startQuarter, quarters) -> {
				LocalTime start = LocalTime.MIN.plusMinutes(startQuarter * 15L);
				int endQuarter = Math.min(96, startQuarter + quarters);
				LocalTime end = endQuarter == 96 ? LocalTime.MIDNIGHT : LocalTime.MIN.plusMinutes(endQuarter * 15L);
				return new LocalHours(start, end);
			});
	}

	private static Arbitrary<TimeRange> ranges(Instant from, int days, int longestMinutes) {
		return Combinators
			.combine(Arbitraries.integers().between(0, days * 1440), Arbitraries.integers().between(1, longestMinutes))
			.as((startMinute, length) -> TimeRange.of(from.plus(Duration.ofMinutes(startMinute)),
					Duration.ofMinutes(length)));
	}

}
