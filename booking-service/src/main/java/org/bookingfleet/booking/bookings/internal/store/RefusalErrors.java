package org.bookingfleet.booking.bookings.internal.store;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.bookingfleet.booking.bookings.Booking;
import org.bookingfleet.booking.bookings.ChangeOutcome;
import org.bookingfleet.booking.request.FieldError;
import org.bookingfleet.platform.web.ApiException;
import org.springframework.http.HttpStatus;
import reactor.core.publisher.Mono;

/** Turns a refused change into the public API's error. */
final class RefusalErrors {

	private RefusalErrors() {
	}

	static Mono<Booking> orError(ChangeOutcome outcome) {
		if (outcome instanceof ChangeOutcome.Changed changed) {
			return Mono.just(changed.booking());
		}
		ChangeOutcome.Refused refused = (ChangeOutcome.Refused) outcome;
		return Mono.error(switch (refused.refusal()) {
			case NOT_FOUND -> ApiException.notFound("booking");
			case FORBIDDEN -> ApiException.forbidden(refused.reason());
			case INVALID_STATE_TRANSITION ->
				new ApiException(HttpStatus.CONFLICT, "INVALID_STATE_TRANSITION", refused.reason(), null, Map.of());
			case POLICY_VIOLATION -> policyViolation(refused.reason());
		});
	}

	/**
	 * Field errors as one answer: the first names the field, all of them are in
	 * {@code details.errors}.
	 */
	static ApiException fieldErrors(HttpStatus status, String code, List<FieldError> errors) {
		FieldError first = errors.get(0);
		return new ApiException(status, code, first.message(), first.field(), Map.of("errors", errors));
	}

	static ApiException quoteInvalid(List<FieldError> errors) {
		return fieldErrors(HttpStatus.UNPROCESSABLE_CONTENT, "QUOTE_INVALID", errors);
	}

	static ApiException holdExpired(Instant at) {
		return new ApiException(HttpStatus.CONFLICT, "HOLD_EXPIRED", "the hold expired at " + at, "holdId", Map.of());
	}

	static ApiException holdAlreadyUsed() {
		return new ApiException(HttpStatus.CONFLICT, "HOLD_ALREADY_USED", "this hold was booked already", "holdId",
				Map.of());
	}

	/** A party of another size changed without the hold and the quote for its seats. */
	static ApiException partyNeedsSeats(int seats, int wanted) {
		return new ApiException(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", "the booking holds " + seats
				+ (seats == 1 ? " seat" : " seats") + " and a party of " + wanted + " takes " + wanted + ": hold "
				+ wanted
				+ " seats (at this time or another) and send the hold's holdId and holdToken and a quoteToken for "
				+ wanted + " attendees with the attendees", "holdId", Map.of());
	}

	static ApiException policyViolation(String reason) {
		return new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "POLICY_VIOLATION", reason, null, Map.of());
	}

}
