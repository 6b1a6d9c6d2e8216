package org.bookingfleet.availability.slot.internal.store;

import java.time.Instant;
import java.util.UUID;

import org.bookingfleet.availability.slot.Reservation;
import org.bookingfleet.availability.time.TimeRange;

/**
 * A row of the reservation table: a hold, a booked slot, or the provider time of a seated
 * session.
 */
public record StoredReservation(UUID id, long providerId, String serviceId, Kind kind, Instant start, Instant end,
		TimeRange reserved, int seats, Instant expiresAt, UUID bookingId) {

	public enum Kind {

		HOLD, BOOKED, SESSION

	}

	public Reservation asReservation() {
		return new Reservation(new TimeRange(start, end), reserved);
	}
}
