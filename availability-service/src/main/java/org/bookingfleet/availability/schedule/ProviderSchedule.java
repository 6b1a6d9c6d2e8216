package org.bookingfleet.availability.schedule;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.bookingfleet.availability.time.TimeRange;
import org.bookingfleet.availability.time.TimeSet;
import org.bookingfleet.availability.time.WallClock;

/**
 * When a provider works: weekly hours and breaks in the provider's own zone, date
 * overrides, time off.
 */
public record ProviderSchedule(ZoneId zone, WeeklyHours hours, WeeklyHours breaks,
		Map<LocalDate, DateOverride> overrides, TimeSet timeOff) {

	public ProviderSchedule {
		Objects.requireNonNull(zone, "zone");
		Objects.requireNonNull(hours, "hours");
		Objects.requireNonNull(breaks, "breaks");
		overrides = Map.copyOf(overrides);
		Objects.requireNonNull(timeOff, "timeOff");
	}

	public static ProviderSchedule weekly(ZoneId zone, WeeklyHours hours) {
		return new ProviderSchedule(zone, hours, WeeklyHours.none(), Map.of(), TimeSet.empty());
	}

	public ProviderSchedule withBreaks(WeeklyHours newBreaks) {
		return new ProviderSchedule(zone, hours, newBreaks, overrides, timeOff);
	}

	public ProviderSchedule withOverrides(Collection<DateOverride> newOverrides) {
		Map<LocalDate, DateOverride> byDate = newOverrides.stream()
			.collect(Collectors.toMap(DateOverride::date, Function.identity(), (first, second) -> second));
		return new ProviderSchedule(zone, hours, breaks, byDate, timeOff);
	}

	public ProviderSchedule withTimeOff(TimeSet newTimeOff) {
		return new ProviderSchedule(zone, hours, breaks, overrides, newTimeOff);
	}

	public WallClock clock() {
		return new WallClock(zone);
	}

	/**
	 * The working hours of a date as written: its override, or else its weekday's hours.
	 */
	public List<LocalHours> hoursOn(LocalDate date) {
		DateOverride override = overrides.get(date);
		return override != null ? override.hours() : hours.on(date.getDayOfWeek());
	}

	public List<LocalHours> breaksOn(LocalDate date) {
		return overrides.containsKey(date) ? List.of() : breaks.on(date.getDayOfWeek());
	}

	/**
	 * The instants the provider can serve on the given local dates: working hours less
	 * breaks and time off.
	 */
	public TimeSet openTime(LocalDate firstDate, LocalDate lastDate) {
		WallClock clock = clock();
		List<TimeRange> working = new ArrayList<>();
		List<TimeRange> pauses = new ArrayList<>();
		for (LocalDate date = firstDate; !date.isAfter(lastDate); date = date.plusDays(1)) {
			working.addAll(readings(clock, date, hoursOn(date)));
			pauses.addAll(readings(clock, date, breaksOn(date)));
		}
		return TimeSet.of(working).minus(TimeSet.of(pauses)).minus(timeOff);
	}

	private static List<TimeRange> readings(WallClock clock, LocalDate date, List<LocalHours> intervals) {
		List<TimeRange> ranges = new ArrayList<>();
		for (LocalHours interval : intervals) {
			LocalDateTime from = interval.startOn(date);
			LocalDateTime to = interval.endOn(date);
			ranges.addAll(clock.instantsShowingBetween(from, to).ranges());
		}
		return ranges;
	}
}
