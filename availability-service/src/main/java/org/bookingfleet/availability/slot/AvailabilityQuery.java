package org.bookingfleet.availability.slot;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

import org.bookingfleet.availability.slot.AvailabilityProblem.FromAfterTo;
import org.bookingfleet.availability.slot.AvailabilityProblem.MalformedParameter;
import org.bookingfleet.availability.slot.AvailabilityProblem.MissingParameter;
import org.bookingfleet.availability.slot.AvailabilityProblem.RangeTooLong;
import org.bookingfleet.availability.slot.AvailabilityProblem.UnknownTimeZone;

/**
 * A checked search for free slots: one service, one provider or any, a bounded range, a
 * zone to render in, and the length of appointment asked for (a service of variable
 * length), if any.
 */
public record AvailabilityQuery(String serviceId, Optional<Long> providerId, Instant from, Instant to, ZoneId zone,
		OptionalInt durationMinutes) {

	public static final Duration LONGEST_RANGE = Duration.ofDays(62);

	static final Pattern SERVICE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,99}");

	public AvailabilityQuery {
		Objects.requireNonNull(serviceId, "serviceId");
		Objects.requireNonNull(providerId, "providerId");
		Objects.requireNonNull(from, "from");
		Objects.requireNonNull(to, "to");
		Objects.requireNonNull(zone, "zone");
		Objects.requireNonNull(durationMinutes, "durationMinutes");
	}

	public AvailabilityQuery(String serviceId, Optional<Long> providerId, Instant from, Instant to, ZoneId zone) {
		this(serviceId, providerId, from, to, zone, OptionalInt.empty());
	}

	/** Reads the raw request parameters; without a tz the slots are rendered in UTC. */
	public static Validated<AvailabilityQuery> read(String serviceId, String providerId, String from, String to,
			String tz) {
		return read(serviceId, providerId, from, to, tz, null);
	}

	/**
	 * Reads the raw request parameters; without a durationMinutes the service's own (or
	 * shortest) length is meant.
	 */
	public static Validated<AvailabilityQuery> read(String serviceId, String providerId, String from, String to,
			String tz, String durationMinutes) {
		if (isBlank(serviceId)) {
			return Validated.invalid(new MissingParameter("serviceId"));
		}
		String service = serviceId.trim();
		if (!SERVICE_ID.matcher(service).matches()) {
			return Validated.invalid(new MalformedParameter("serviceId", serviceId, "a service id"));
		}
		Optional<Long> provider = Optional.empty();
		if (!isBlank(providerId)) {
			provider = identifier(providerId);
			if (provider.isEmpty()) {
				return Validated.invalid(new MalformedParameter("providerId", providerId, "a positive number"));
			}
		}
		if (isBlank(from)) {
			return Validated.invalid(new MissingParameter("from"));
		}
		if (isBlank(to)) {
			return Validated.invalid(new MissingParameter("to"));
		}
		Optional<Instant> start = instant(from);
		if (start.isEmpty()) {
			return Validated
				.invalid(new MalformedParameter("from", from, "an ISO-8601 instant with offset between 1970 and 9999"));
		}
		Optional<Instant> end = instant(to);
		if (end.isEmpty()) {
			return Validated
				.invalid(new MalformedParameter("to", to, "an ISO-8601 instant with offset between 1970 and 9999"));
		}
		if (start.get().isAfter(end.get())) {
			return Validated.invalid(new FromAfterTo(start.get(), end.get()));
		}
		Duration span = Duration.between(start.get(), end.get());
		if (span.compareTo(LONGEST_RANGE) > 0) {
			return Validated.invalid(new RangeTooLong(span, LONGEST_RANGE));
		}
		ZoneId zone = ZoneOffset.UTC;
		if (!isBlank(tz)) {
			Optional<ZoneId> known = zone(tz);
			if (known.isEmpty()) {
				return Validated.invalid(new UnknownTimeZone(tz));
			}
			zone = known.get();
		}
		OptionalInt duration = OptionalInt.empty();
		if (!isBlank(durationMinutes)) {
			Optional<Long> minutes = identifier(durationMinutes);
			if (minutes.isEmpty() || minutes.get() > Integer.MAX_VALUE) {
				return Validated.invalid(
						new MalformedParameter("durationMinutes", durationMinutes, "a positive number of minutes"));
			}
			duration = OptionalInt.of(minutes.get().intValue());
		}
		return Validated.valid(new AvailabilityQuery(service, provider, start.get(), end.get(), zone, duration));
	}

	public static Optional<ZoneId> zone(String tz) {
		try {
			return Optional.of(ZoneId.of(tz.trim()));
		}
		catch (DateTimeException unknown) {
			return Optional.empty();
		}
	}

	static Optional<Long> identifier(String raw) {
		try {
			long value = Long.parseLong(raw.trim());
			return value > 0 ? Optional.of(value) : Optional.empty();
		}
		catch (NumberFormatException notANumber) {
			return Optional.empty();
		}
	}

	/**
	 * Earliest and latest instants a query or a hold may name: beyond them no booking can
	 * exist.
	 */
	public static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");

	public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

	/** An ISO-8601 instant with offset, within {@link #EARLIEST} and {@link #LATEST}. */
	public static Optional<Instant> instant(String raw) {
		try {
			Instant instant = OffsetDateTime.parse(raw.trim()).toInstant();
			return (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) ? Optional.empty() : Optional.of(instant);
		}
		catch (DateTimeParseException malformed) {
			return Optional.empty();
		}
	}

	static boolean isBlank(String raw) {
		return raw == null || raw.isBlank();
	}
}
