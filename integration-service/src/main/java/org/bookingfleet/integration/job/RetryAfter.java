package org.bookingfleet.integration.job;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads an HTTP Retry-After header: delta-seconds or an HTTP-date (RFC 9110, section
 * 10.2.3).
 */
public final class RetryAfter {

	private RetryAfter() {
	}

	public static Optional<Duration> parse(String header, Instant now) {
		if (header == null || header.isBlank()) {
			return Optional.empty();
		}
		String value = header.trim();
		if (value.chars().allMatch(Character::isDigit)) {
			try {
				return Optional.of(Duration.ofSeconds(Long.parseLong(value)));
			}
			catch (NumberFormatException tooLong) {
				return Optional.empty();
			}
		}
		try {
			Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
			return Optional.of(at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO);
		}
		catch (DateTimeParseException notADate) {
			return Optional.empty();
		}
	}

}
