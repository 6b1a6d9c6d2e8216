package org.bookingfleet.booking.bookings.internal.store;

import java.time.Instant;
import java.util.Map;

import org.bookingfleet.booking.bookings.internal.token.QuoteTokenVerifier;
import org.bookingfleet.booking.quote.QuoteVerification;
import org.bookingfleet.platform.web.ApiException;
import org.springframework.http.HttpStatus;

/**
 * The fresh quote a change of a booking brings: signed, unexpired, and for one
 * appointment (not a series).
 */
final class OneAppointmentQuotes {

	private OneAppointmentQuotes() {
	}

	/**
	 * {@code change} names what is priced ("a reschedule", "an address change") in the
	 * refusal.
	 */
	static QuoteVerification.Verified verify(QuoteTokenVerifier quotes, String quoteToken, Instant now, String change) {
		QuoteVerification verification = quotes.verify(quoteToken, now);
		if (verification instanceof QuoteVerification.Refused refused) {
			throw new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, refused.code(), refused.reason(), "quoteToken",
					Map.of());
		}
		QuoteVerification.Verified quote = (QuoteVerification.Verified) verification;
		if (quote.series().isPresent()) {
			throw new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "QUOTE_INVALID",
					change + " is priced as one appointment", "quoteToken", Map.of());
		}
		return quote;
	}

}
