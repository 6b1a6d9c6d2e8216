package org.bookingfleet.booking.bookings.internal.store;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.bookingfleet.booking.catalog.KnownHold;
import org.bookingfleet.booking.quote.LockedQuote;
import org.bookingfleet.booking.request.BookingRequest;
import org.bookingfleet.booking.request.FieldError;

/**
 * A hold still has to be the hold of this booking: same service, start and length, enough
 * seats; and the quote must have priced the length the hold reserves. The booked range is
 * the hold's, so the length travels from the hold.
 */
public final class HoldMatch {

	private HoldMatch() {
	}

	/**
	 * What the request says that its hold does not: answered 400, the request is wrong
	 * about its own hold.
	 */
	public static List<FieldError> requestMismatches(KnownHold hold, BookingRequest request, int seats) {
		List<FieldError> errors = new ArrayList<>();
		if (!hold.serviceId().equals(request.serviceId())) {
			errors.add(new FieldError("holdId", "the hold is for another service"));
		}
		if (request.scheduledDateTime() == null || !hold.start()
			.truncatedTo(ChronoUnit.SECONDS)
			.equals(request.scheduledDateTime().truncatedTo(ChronoUnit.SECONDS))) {
			errors.add(new FieldError("holdId", "the hold is for another time"));
		}
		if (hold.seats() < seats) {
			errors.add(new FieldError("holdId", "the hold is for " + hold.seats() + " seats"));
		}
		if (request.durationMinutes() != null && request.durationMinutes() != minutes(hold)) {
			errors.add(new FieldError("durationMinutes", "the hold is for " + minutes(hold) + " minutes"));
		}
		return errors;
	}

	/**
	 * A quote that priced another length than the hold reserves: answered 422
	 * QUOTE_INVALID.
	 */
	public static List<FieldError> quoteMismatches(KnownHold hold, LockedQuote quote) {
		return quote.durationMinutes() == minutes(hold) ? List.of() : List.of(new FieldError("durationMinutes",
				"the quote priced " + quote.durationMinutes() + " minutes and the hold reserves " + minutes(hold)));
	}

	public static long minutes(KnownHold hold) {
		return Duration.between(hold.start(), hold.end()).toMinutes();
	}

}
