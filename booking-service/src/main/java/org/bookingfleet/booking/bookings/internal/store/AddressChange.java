package org.bookingfleet.booking.bookings.internal.store;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.bookingfleet.booking.bookings.Booking;
import org.bookingfleet.booking.bookings.BookingDetails;
import org.bookingfleet.booking.bookings.BookingProgress;
import org.bookingfleet.booking.bookings.NewPrices;
import org.bookingfleet.booking.bookings.internal.token.QuoteTokenVerifier;
import org.bookingfleet.booking.quote.LockedQuote;
import org.bookingfleet.booking.quote.QuoteBinding;
import org.bookingfleet.booking.quote.QuoteMatch;
import org.bookingfleet.booking.quote.QuoteVerification;
import org.bookingfleet.booking.request.BookingRequest;
import org.bookingfleet.booking.request.FieldError;
import org.bookingfleet.platform.web.ApiException;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code PUT /bookings/{id}} with another {@code address}: travel is priced by where the
 * appointment takes place, so the new address needs a fresh quote made for it (and for
 * the booking's service, time, length, party, promo code and customer); the booking takes
 * that quote's price.
 */
public record AddressChange(BookingRequest.Address address, String quoteToken) {

	/**
	 * The quote, checked by its signature; what it must match of the booking comes with
	 * the booking.
	 */
	public record Verified(BookingRequest.Address address, LockedQuote quote, QuoteBinding binding) {

		/**
		 * The booking at the new address and the new quote's price (what was paid beyond
		 * it given back), or the refusal naming every field the quote does not match.
		 */
		Booking applied(Booking before, Booking after, JsonMapper json) {
			List<FieldError> wrong = mismatchesWith(before);
			if (!wrong.isEmpty()) {
				throw RefusalErrors.quoteInvalid(wrong);
			}
			Booking moved = after.with(after.details().withAddress(json.writeValueAsString(address)));
			Booking priced = NewPrices.priced(moved, quote, json.writeValueAsString(quote));
			return NewPrices.givingBack(priced, NewPrices.overpaidCents(priced));
		}

		List<FieldError> mismatchesWith(Booking booking) {
			BookingDetails d = booking.details();
			BookingProgress p = booking.progress();
			List<FieldError> errors = new ArrayList<>(
					QuoteMatch.mismatches(quote, d.serviceId(), p.startsAt(), d.seats(), d.promoCode()));
			long minutes = Duration.between(p.startsAt(), p.endsAt()).toMinutes();
			if (quote.durationMinutes() != minutes) {
				errors.add(new FieldError("durationMinutes",
						"the quote priced " + quote.durationMinutes() + " minutes, the booking is for " + minutes));
			}
			errors.addAll(binding.mismatches(BookingAddresses.key(address), d.customerEmail()));
			if (!quote.currency().equals(d.currency())) {
				errors.add(new FieldError("quoteToken",
						"the quote is in " + quote.currency() + ", the booking in " + d.currency()));
			}
			return errors;
		}
	}

	Verified verified(QuoteTokenVerifier quotes, Instant now) {
		if (quoteToken == null || quoteToken.isBlank()) {
			throw new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "QUOTE_INVALID",
					"a new address changes the travel price: ask for a quote for it and send its quoteToken",
					"quoteToken", Map.of());
		}
		QuoteVerification.Verified quote = OneAppointmentQuotes.verify(quotes, quoteToken, now, "an address change");
		return new Verified(address, quote.quote(), quote.binding());
	}
}
