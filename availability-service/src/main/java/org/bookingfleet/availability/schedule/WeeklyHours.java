package org.bookingfleet.availability.schedule;

import java.time.DayOfWeek;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Several intervals of wall-clock hours for each day of the week; a missing day has none.
 */
public record WeeklyHours(Map<DayOfWeek, List<LocalHours>> days) {

	public WeeklyHours {
		EnumMap<DayOfWeek, List<LocalHours>> copy = new EnumMap<>(DayOfWeek.class);
		days.forEach((day, hours) -> copy.put(day, List.copyOf(hours)));
		days = Map.copyOf(copy);
	}

	public static WeeklyHours none() {
		return new WeeklyHours(Map.of());
	}

	public static WeeklyHours every(List<DayOfWeek> days, LocalHours... hours) {
		EnumMap<DayOfWeek, List<LocalHours>> map = new EnumMap<>(DayOfWeek.class);
		days.forEach(day -> map.put(day, List.of(hours)));
		return new WeeklyHours(map);
	}

	public static WeeklyHours everyDay(LocalHours... hours) {
		return every(List.of(DayOfWeek.values()), hours);
	}

	public List<LocalHours> on(DayOfWeek day) {
		return days.getOrDefault(day, List.of());
	}

	public WeeklyHours with(DayOfWeek day, LocalHours... hours) {
		EnumMap<DayOfWeek, List<LocalHours>> map = new EnumMap<>(DayOfWeek.class);
		map.putAll(days);
		map.put(day, List.of(hours));
		return new WeeklyHours(map);
	}
}
