package org.bookingfleet.availability.slot;

import java.time.Duration;
import java.time.Instant;

/** Why a query or a hold request is refused before anything is read or reserved. */
public sealed interface AvailabilityProblem {

	String VALIDATION_FAILED = "VALIDATION_FAILED";

	String POLICY_VIOLATION = "POLICY_VIOLATION";

	String field();

	String message();

	default String code() {
		return VALIDATION_FAILED;
	}

	/**
	 * A refusal by the rules of the provider or the service (422), rather than a
	 * malformed request (400).
	 */
	default boolean isPolicyRefusal() {
		return POLICY_VIOLATION.equals(code());
	}

	record MissingParameter(String field) implements AvailabilityProblem {
		public String message() {
			return field + " is required";
		}
	}

	record MalformedParameter(String field, String given, String expected) implements AvailabilityProblem {
		public String message() {
			return field + " must be " + expected + ", not '" + given + "'";
		}
	}

	record FromAfterTo(Instant from, Instant to) implements AvailabilityProblem {
		public String field() {
			return "from";
		}

		public String message() {
			return "from (" + from + ") is after to (" + to + ")";
		}
	}

	record RangeTooLong(Duration requested, Duration longest) implements AvailabilityProblem {
		public String field() {
			return "to";
		}

		public String message() {
			return "the range may span at most " + longest.toDays() + " days";
		}
	}

	record UnknownTimeZone(String given) implements AvailabilityProblem {
		public String field() {
			return "tz";
		}

		public String message() {
			return "'" + given + "' is not a known IANA time zone";
		}
	}

	record OffSlotGrid(Instant start) implements AvailabilityProblem {
		public String field() {
			return "start";
		}

		public String message() {
			return start + " is not a slot start of this provider";
		}
	}

	record SeatsOutOfRange(int requested, int capacity) implements AvailabilityProblem {
		public String field() {
			return "seats";
		}

		public String message() {
			return "seats must be between 1 and " + capacity + ", not " + requested;
		}
	}

	record NoticeTooShort(Instant start, Duration minimumNotice) implements AvailabilityProblem {
		public String field() {
			return "start";
		}

		public String message() {
			return "a slot must be booked at least " + minimumNotice.toMinutes() + " minutes ahead";
		}

		@Override
		public String code() {
			return POLICY_VIOLATION;
		}
	}

	record BeyondHorizon(Instant start, Duration horizon) implements AvailabilityProblem {
		public String field() {
			return "start";
		}

		public String message() {
			return "a slot may be booked at most " + horizon.toDays() + " days ahead";
		}

		@Override
		public String code() {
			return POLICY_VIOLATION;
		}
	}

	record DurationNotOffered(Duration requested, String offered) implements AvailabilityProblem {
		public String field() {
			return "durationMinutes";
		}

		public String message() {
			return "this service is not booked for " + requested.toMinutes() + " minutes; it lasts " + offered;
		}
	}

	record OutsideServiceHours(Instant start) implements AvailabilityProblem {
		public String field() {
			return "start";
		}

		public String message() {
			return start + " is outside the hours at which this service may start";
		}

		@Override
		public String code() {
			return "OUTSIDE_SERVICE_HOURS";
		}

		@Override
		public boolean isPolicyRefusal() {
			return true;
		}
	}

}
