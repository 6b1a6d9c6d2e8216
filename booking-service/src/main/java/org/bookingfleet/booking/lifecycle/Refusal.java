package org.bookingfleet.booking.lifecycle;

/** Why a change was refused, named after the error codes of the public API. */
public enum Refusal {

	NOT_FOUND, FORBIDDEN, INVALID_STATE_TRANSITION, POLICY_VIOLATION

}
