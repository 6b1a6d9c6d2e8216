package org.bookingfleet.booking.request;

import java.util.List;
import java.util.Optional;
import org.bookingfleet.booking.series.Recurrence;

public sealed interface RequestCheck {

	/**
	 * {@code customerPhone}: the customer's phone in E.164 form, however it was typed;
	 * {@code notices}: the language and channels the customer chose.
	 */
	record Valid(List<Attendee> attendees, int seats, Optional<Recurrence> recurrence, String customerPhone,
			MessagePreferences notices) implements RequestCheck {
		public Valid {
			attendees = List.copyOf(attendees);
			notices = notices == null ? MessagePreferences.unchosen(customerPhone) : notices;
		}

		/** A request that chose no language and no channels. */
		public Valid(List<Attendee> attendees, int seats, Optional<Recurrence> recurrence, String customerPhone) {
			this(attendees, seats, recurrence, customerPhone, null);
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
