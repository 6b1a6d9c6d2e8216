package org.bookingfleet.availability.schedule.internal.store;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.bookingfleet.availability.schedule.DateOverride;
import org.bookingfleet.availability.schedule.LocalHours;
import org.bookingfleet.availability.schedule.ProviderSchedule;
import org.bookingfleet.availability.schedule.WeeklyHours;
import org.bookingfleet.availability.slot.AvailabilityQuery;
import org.bookingfleet.availability.slot.BookingPolicy;
import org.bookingfleet.availability.slot.Provider;
import org.bookingfleet.availability.time.TimeSet;
import org.bookingfleet.platform.web.ApiException;
import org.bookingfleet.platform.web.DateHorizon;

/**
 * A provider's schedule as the API and the provider table carry it: weekly hours and
 * breaks per weekday, date overrides, the booking rules and the services offered, and the
 * provider's {@code name} as customers read it in messages (optional). Hours are "HH:mm";
 * "24:00" ends a day.
 */
public record ScheduleDocument(String timeZone, Map<DayOfWeek, List<Hours>> weeklyHours,
		Map<DayOfWeek, List<Hours>> breaks, List<OverrideDay> overrides, Integer minimumNoticeMinutes,
		Integer horizonDays, Integer slotIntervalMinutes, Integer dailyLimit, List<String> serviceIds, String name) {

	static final int NAME_MAX = 100;

	/** A schedule that does not name its provider. */
	public ScheduleDocument(String timeZone, Map<DayOfWeek, List<Hours>> weeklyHours,
			Map<DayOfWeek, List<Hours>> breaks, List<OverrideDay> overrides, Integer minimumNoticeMinutes,
			Integer horizonDays, Integer slotIntervalMinutes, Integer dailyLimit, List<String> serviceIds) {
		this(timeZone, weeklyHours, breaks, overrides, minimumNoticeMinutes, horizonDays, slotIntervalMinutes,
				dailyLimit, serviceIds, null);
	}

	public record Hours(String start, String end) {
	}

	public record OverrideDay(String date, List<Hours> hours) {
	}

	public ScheduleDocument {
		weeklyHours = weeklyHours == null ? Map.of() : weeklyHours;
		breaks = breaks == null ? Map.of() : breaks;
		overrides = overrides == null ? List.of() : overrides;
		serviceIds = serviceIds == null ? List.of() : serviceIds;
		name = name == null || name.isBlank() ? null : name.strip();
	}

	/** The provider this document describes, or a 400 naming the first bad field. */
	public Provider toProvider(long providerId, TimeSet timeOff) {
		if (name != null && (name.length() > NAME_MAX || name.chars().anyMatch(Character::isISOControl))) {
			throw ApiException.validation("name", "a name has at most " + NAME_MAX + " characters and no line breaks");
		}
		if (timeZone == null || timeZone.isBlank()) {
			throw ApiException.validation("timeZone", "timeZone is required");
		}
		ZoneId zone = AvailabilityQuery.zone(timeZone)
			.orElseThrow(() -> ApiException.validation("timeZone", "'" + timeZone + "' is not a known IANA time zone"));
		ProviderSchedule schedule = ProviderSchedule.weekly(zone, week(weeklyHours, "weeklyHours"))
			.withBreaks(week(breaks, "breaks"))
			.withOverrides(dateOverrides())
			.withTimeOff(timeOff);
		return new Provider(providerId, schedule, policy());
	}

	/**
	 * Checks that each date override lies within the fleet's date horizon around now (a
	 * day in year 1 or 9999 is a 400 naming it). Asked of a schedule a request sends, not
	 * of one stored: a stored override only ages.
	 */
	public void checkDatesWithin(Instant now) {
		for (int i = 0; i < overrides.size(); i++) {
			String field = "overrides[" + i + "].date";
			LocalDate date = date(overrides.get(i), field);
			DateHorizon.instant(field, date.atStartOfDay(ZoneOffset.UTC).toInstant(), now);
		}
	}

	private BookingPolicy policy() {
		int notice = orDefault(minimumNoticeMinutes, 0);
		int horizon = orDefault(horizonDays, 90);
		int interval = orDefault(slotIntervalMinutes, 30);
		if (notice < 0 || notice > 60 * 24 * 365) {
			throw ApiException.validation("minimumNoticeMinutes", "minimumNoticeMinutes is between 0 and a year");
		}
		if (horizon < 1 || horizon > 730) {
			throw ApiException.validation("horizonDays", "horizonDays is between 1 and 730");
		}
		if (interval < 5 || interval > 24 * 60) {
			throw ApiException.validation("slotIntervalMinutes", "slotIntervalMinutes is between 5 and 1440");
		}
		if (dailyLimit != null && dailyLimit < 0) {
			throw ApiException.validation("dailyLimit", "dailyLimit is never negative");
		}
		return new BookingPolicy(Duration.ofMinutes(notice), Duration.ofDays(horizon), Duration.ofMinutes(interval),
				dailyLimit == null ? OptionalInt.empty() : OptionalInt.of(dailyLimit));
	}

	private List<DateOverride> dateOverrides() {
		List<DateOverride> result = new ArrayList<>();
		for (OverrideDay override : overrides) {
			LocalDate date = date(override, "overrides");
			result.add(new DateOverride(date, hours(override.hours(), "overrides")));
		}
		return result;
	}

	private static LocalDate date(OverrideDay override, String field) {
		try {
			return LocalDate.parse(override.date());
		}
		catch (DateTimeParseException | NullPointerException malformed) {
			throw ApiException.validation(field, "an override date is YYYY-MM-DD");
		}
	}

	private static WeeklyHours week(Map<DayOfWeek, List<Hours>> days, String field) {
		Map<DayOfWeek, List<LocalHours>> week = new EnumMap<>(DayOfWeek.class);
		days.forEach((day, hours) -> week.put(day, hours(hours, field)));
		return new WeeklyHours(week);
	}

	private static List<LocalHours> hours(List<Hours> hours, String field) {
		if (hours == null) {
			return List.of();
		}
		List<LocalHours> result = new ArrayList<>();
		for (Hours interval : hours) {
			try {
				result.add(new LocalHours(time(interval.start()), time(interval.end())));
			}
			catch (RuntimeException malformed) {
				throw ApiException.validation(field, "hours are HH:mm to HH:mm, start before end: " + interval);
			}
		}
		return result;
	}

	private static LocalTime time(String text) {
		return "24:00".equals(text) ? LocalTime.MIDNIGHT : LocalTime.parse(text);
	}

	private static int orDefault(Integer value, int fallback) {
		return value == null ? fallback : value;
	}
}
