package org.bookingfleet.booking.bookings;

import java.util.List;

/**
 * What a booking decided: the booking after the change (its version one on) and the
 * events the change causes, written together in one transaction.
 */
public record Decision(Booking after, List<BookingEvent> events) {

	public Decision {
		events = List.copyOf(events);
	}

}
