package org.bookingfleet.platform.web;

import java.time.Duration;
import java.time.Instant;

/**
 * How far from now a time a request names may lie, the same for every service: at most
 * two years ahead (the longest a provider plans or a promo code runs) and at most two
 * years back; a window ends after it starts, no earlier than a day ago (a window wholly
 * past changes nothing) and spans at most two years. Anything else is a 400
 * {@code VALIDATION_FAILED} naming the field: time off from year 1 to 9999 would block a
 * provider for ever.
 */
public final class DateHorizon {

	public static final Duration AHEAD = Duration.ofDays(731);

	public static final Duration BACK = AHEAD;

	/**
	 * How long ago a window may have ended: a day, for clocks and time zones of whoever
	 * sent it.
	 */
	public static final Duration ENDED = Duration.ofDays(1);

	private DateHorizon() {
	}

	/** The instant, when it lies within the horizon around now. */
	public static Instant instant(String field, Instant value, Instant now) {
		if (value == null) {
			throw ApiException.validation(field, field + " is required");
		}
		if (value.isAfter(now.plus(AHEAD)) || value.isBefore(now.minus(BACK))) {
			throw ApiException.validation(field, field + " must lie within two years of now");
		}
		return value;
	}

	/**
	 * Checks a window {@code [start, end)}: both ends within the horizon, the end after
	 * the start and not long past.
	 */
	public static void window(String startField, Instant start, String endField, Instant end, Instant now) {
		instant(startField, start, now);
		instant(endField, end, now);
		if (!start.isBefore(end)) {
			throw ApiException.validation(endField, endField + " must lie after " + startField);
		}
		if (end.isBefore(now.minus(ENDED))) {
			throw ApiException.validation(endField, endField + " must not lie more than a day in the past");
		}
		if (Duration.between(start, end).compareTo(AHEAD) > 0) {
			throw ApiException.validation(endField, "the window spans at most two years");
		}
	}

}
