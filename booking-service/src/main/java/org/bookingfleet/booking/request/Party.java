package org.bookingfleet.booking.request;

import java.util.List;

/**
 * The people a booking is for, as checked: each attendee takes a seat, and a booking with
 * no attendees named takes one (its customer's). {@code errors} names every attendee
 * field that is wrong; a party with errors is not used.
 */
public record Party(List<Attendee> attendees, int seats, List<FieldError> errors) {

	public Party {
		attendees = List.copyOf(attendees);
		errors = List.copyOf(errors);
	}

	/**
	 * The seats a party of this many named attendees takes: one each, and one for a
	 * booking naming none.
	 */
	public static int seatsFor(int attendees) {
		return Math.max(1, attendees);
	}

	public boolean valid() {
		return errors.isEmpty();
	}
}
