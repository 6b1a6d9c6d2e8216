package org.bookingfleet.booking.bookings;

import org.bookingfleet.booking.lifecycle.Refusal;

public sealed interface ChangeOutcome {

	record Changed(Booking booking) implements ChangeOutcome {
	}

	record Refused(Refusal refusal, String reason) implements ChangeOutcome {
	}

}
