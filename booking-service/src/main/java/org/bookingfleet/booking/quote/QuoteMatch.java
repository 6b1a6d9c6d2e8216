package org.bookingfleet.booking.quote;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.bookingfleet.booking.request.FieldError;

/**
 * A valid quote still has to be a quote for this booking: same service, time, party size
 * and promo code.
 */
public final class QuoteMatch {

	private QuoteMatch() {
	}

	public static List<FieldError> mismatches(LockedQuote quote, String serviceId, Instant scheduledAt, int seats,
			String promoCode) {
		List<FieldError> errors = new ArrayList<>();
		if (!quote.serviceId().equals(serviceId)) {
			errors.add(new FieldError("serviceId", "the quote is for another service"));
		}
		if (!quote.scheduledAt().equals(scheduledAt.truncatedTo(ChronoUnit.SECONDS))) {
			errors.add(new FieldError("scheduledDateTime", "the quote is for another time"));
		}
		if (quote.attendees() != seats) {
			errors.add(new FieldError("attendees", "the quote is for " + quote.attendees() + " attendees"));
		}
		if (!Objects.equals(blankAsNull(quote.promoCode()), blankAsNull(promoCode))) {
			errors.add(new FieldError("promoCode", "the quote was made with another promo code"));
		}
		return errors;
	}

	private static String blankAsNull(String value) {
		return value == null || value.isBlank() ? null : value.strip().toUpperCase(Locale.ROOT);
	}

}
