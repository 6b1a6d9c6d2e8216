package org.bookingfleet.availability.slot;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The days of a month that have at least one free time, on the calendar of one zone: for
 * each, how many distinct start times are free (two providers free at ten count once, as
 * the customer sees one time) and the first of them; and the providers searched, so that
 * a customer may choose one.
 */
public record FreeDays(YearMonth month, ZoneId zone, List<Long> providers, List<FreeDay> days) {

	public record FreeDay(LocalDate date, int count, Instant firstStart) {
	}

	public FreeDays {
		Objects.requireNonNull(month, "month");
		Objects.requireNonNull(zone, "zone");
		providers = List.copyOf(providers);
		days = List.copyOf(days);
	}

	/**
	 * The days of the month among the slots' starts, in order; slots starting outside the
	 * month are left out.
	 */
	public static FreeDays of(YearMonth month, ZoneId zone, List<Long> providers, Collection<Slot> slots) {
		Map<LocalDate, TreeSet<Instant>> startsByDate = new TreeMap<>();
		for (Slot slot : slots) {
			LocalDate date = slot.start().atZone(zone).toLocalDate();
			if (YearMonth.from(date).equals(month)) {
				startsByDate.computeIfAbsent(date, day -> new TreeSet<>()).add(slot.start());
			}
		}
		List<FreeDay> days = new ArrayList<>(startsByDate.size());
		startsByDate.forEach((date, starts) -> days.add(new FreeDay(date, starts.size(), starts.first())));
		return new FreeDays(month, zone, providers, days);
	}
}
