package org.bookingfleet.booking.request;

import java.util.List;
import java.util.Optional;
import org.bookingfleet.booking.series.Recurrence;

public sealed interface RequestCheck {

	/**
	 * {@code customerPhone}: the customer's phone in E.164 form, however it was typed.
	 */
	record Valid(List<Attendee> attendees, int seats, Optional<Recurrence> recurrence,
			String customerPhone) implements RequestCheck {
		public Valid {
			attendees = List.copyOf(attendees);
		}
	}

	record Invalid(List<FieldError> errors) implements RequestCheck {
		public Invalid {
			errors = List.copyOf(errors);
			if (errors.isEmpty()) {
				throw new IllegalArgumentException("an invalid request names at least one field");
			}
		}
	}

}
