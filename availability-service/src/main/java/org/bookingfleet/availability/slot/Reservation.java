package org.bookingfleet.availability.slot;

import java.time.Instant;
import java.util.Objects;

import org.bookingfleet.availability.time.TimeRange;

/**
 * A hold or a booked slot: the appointment itself and the range it keeps from others,
 * buffers included.
 */
public record Reservation(TimeRange appointment, TimeRange reserved) {

	public Reservation {
		Objects.requireNonNull(appointment, "appointment");
		Objects.requireNonNull(reserved, "reserved");
		if (!reserved.contains(appointment)) {
			throw new IllegalArgumentException("the reserved range includes the appointment");
		}
	}

	public static Reservation of(Instant start, ServiceTerms service) {
		return spanning(TimeRange.of(start, service.duration()), service);
	}

	/**
	 * The reservation of an appointment whose span is already known (a booking's chosen
	 * length), with the buffers.
	 */
	public static Reservation spanning(TimeRange appointment, ServiceTerms service) {
		return new Reservation(appointment, appointment.widen(service.bufferBefore(), service.bufferAfter()));
	}
}
