package org.bookingfleet.integration.job;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/** Why one call to a partner failed, as far as the retry schedule cares. */
public record AttemptFailure(Kind kind, String message, Optional<Duration> retryAfter) {

	public enum Kind {

		/** Worth another try: 5xx, timeouts, refused connections, an open circuit. */
		TRANSIENT,
		/** The partner asked us to slow down (429, or 503 with Retry-After). */
		THROTTLED,
		/** Another try would get the same answer: 4xx other than 408 and 429. */
		PERMANENT

	}

	public AttemptFailure {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(retryAfter, "retryAfter");
		message = message == null ? "" : message;
		if (retryAfter.filter(Duration::isNegative).isPresent()) {
			throw new IllegalArgumentException("Retry-After cannot be negative");
		}
	}

	public static AttemptFailure transientFailure(String message) {
		return new AttemptFailure(Kind.TRANSIENT, message, Optional.empty());
	}

	public static AttemptFailure permanent(String message) {
		return new AttemptFailure(Kind.PERMANENT, message, Optional.empty());
	}

	/** Classifies an HTTP answer that was not a success. */
	public static AttemptFailure ofHttpStatus(int status, String message, Optional<Duration> retryAfter) {
		if (status == 429 || (status == 503 && retryAfter.isPresent())) {
			return new AttemptFailure(Kind.THROTTLED, status + " " + message, retryAfter);
		}
		if (status >= 500 || status == 408) {
			return new AttemptFailure(Kind.TRANSIENT, status + " " + message, retryAfter);
		}
		return new AttemptFailure(Kind.PERMANENT, status + " " + message, Optional.empty());
	}
}
