package org.bookingfleet.availability.slot;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

import org.bookingfleet.availability.slot.AvailabilityProblem.MalformedParameter;
import org.bookingfleet.availability.slot.AvailabilityProblem.MissingParameter;
import org.bookingfleet.availability.slot.AvailabilityProblem.UnknownTimeZone;
import org.bookingfleet.availability.time.TimeRange;

/**
 * A checked question for the days of one month that have free times: one service, one
 * provider or any, the month, the zone whose calendar days are meant (none: the service's
 * own, else the provider's) and the length asked for.
 */
public record MonthQuery(String serviceId, Optional<Long> providerId, YearMonth month, Optional<ZoneId> zone,
		OptionalInt durationMinutes) {

	/**
	 * How far from the current month a month may lie, the services' two-year date
	 * horizon.
	 */
	public static final int HORIZON_MONTHS = 24;

	private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

	/** A month's days begin and end within this of its bounds in UTC, in every zone. */
	private static final Duration WIDEST_OFFSET = Duration.ofDays(1);

	public MonthQuery {
		Objects.requireNonNull(serviceId, "serviceId");
		Objects.requireNonNull(providerId, "providerId");
		Objects.requireNonNull(month, "month");
		Objects.requireNonNull(zone, "zone");
		Objects.requireNonNull(durationMinutes, "durationMinutes");
	}

	/**
	 * Reads the raw request parameters; the month must lie within {@link #HORIZON_MONTHS}
	 * of now's.
	 */
	public static Validated<MonthQuery> read(String serviceId, String providerId, String month, String tz,
			String durationMinutes, Instant now) {
		if (AvailabilityQuery.isBlank(serviceId)) {
			return Validated.invalid(new MissingParameter("serviceId"));
		}
		String service = serviceId.trim();
		if (!AvailabilityQuery.SERVICE_ID.matcher(service).matches()) {
			return Validated.invalid(new MalformedParameter("serviceId", serviceId, "a service id"));
		}
		Optional<Long> provider = Optional.empty();
		if (!AvailabilityQuery.isBlank(providerId)) {
			provider = AvailabilityQuery.identifier(providerId);
			if (provider.isEmpty()) {
				return Validated.invalid(new MalformedParameter("providerId", providerId, "a positive number"));
			}
		}
		if (AvailabilityQuery.isBlank(month)) {
			return Validated.invalid(new MissingParameter("month"));
		}
		Optional<YearMonth> asked = month(month.trim());
		YearMonth current = YearMonth.from(now.atOffset(ZoneOffset.UTC));
		if (asked.isEmpty() || asked.get().isBefore(current.minusMonths(HORIZON_MONTHS))
				|| asked.get().isAfter(current.plusMonths(HORIZON_MONTHS))) {
			return Validated
				.invalid(new MalformedParameter("month", month, "a month written YYYY-MM within two years of now"));
		}
		Optional<ZoneId> zone = Optional.empty();
		if (!AvailabilityQuery.isBlank(tz)) {
			zone = AvailabilityQuery.zone(tz);
			if (zone.isEmpty()) {
				return Validated.invalid(new UnknownTimeZone(tz));
			}
		}
		OptionalInt duration = OptionalInt.empty();
		if (!AvailabilityQuery.isBlank(durationMinutes)) {
			Optional<Long> minutes = AvailabilityQuery.identifier(durationMinutes);
			if (minutes.isEmpty() || minutes.get() > Integer.MAX_VALUE) {
				return Validated.invalid(
						new MalformedParameter("durationMinutes", durationMinutes, "a positive number of minutes"));
			}
			duration = OptionalInt.of(minutes.get().intValue());
		}
		return Validated.valid(new MonthQuery(service, provider, asked.get(), zone, duration));
	}

	/**
	 * The month's days on the clock of the zone: from its first midnight to the next
	 * month's.
	 */
	public TimeRange in(ZoneId days) {
		return new TimeRange(month.atDay(1).atStartOfDay(days).toInstant(),
				month.plusMonths(1).atDay(1).atStartOfDay(days).toInstant());
	}

	/**
	 * A range that holds the month's days in every zone: enough to read the providers
	 * before the zone is known.
	 */
	public TimeRange inAnyZone() {
		TimeRange utc = in(ZoneOffset.UTC);
		return new TimeRange(utc.start().minus(WIDEST_OFFSET), utc.end().plus(WIDEST_OFFSET));
	}

	private static Optional<YearMonth> month(String raw) {
		if (!MONTH.matcher(raw).matches()) {
			return Optional.empty();
		}
		try {
			return Optional.of(YearMonth.parse(raw));
		}
		catch (DateTimeParseException malformed) {
			return Optional.empty();
		}
	}
}
