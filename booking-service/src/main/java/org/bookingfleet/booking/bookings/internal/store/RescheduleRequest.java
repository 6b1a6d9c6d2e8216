package org.bookingfleet.booking.bookings.internal.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.bookingfleet.booking.bookings.Booking;
import org.bookingfleet.booking.bookings.BookingDetails;
import org.bookingfleet.booking.bookings.internal.token.QuoteTokenVerifier;
import org.bookingfleet.booking.catalog.KnownHold;
import org.bookingfleet.booking.quote.LockedQuote;
import org.bookingfleet.booking.quote.QuoteBinding;
import org.bookingfleet.booking.quote.QuoteMatch;
import org.bookingfleet.booking.quote.QuoteVerification;
import org.bookingfleet.booking.request.BookingRequest;
import org.bookingfleet.booking.request.BookingRequestRules;
import org.bookingfleet.booking.request.FieldError;
import org.bookingfleet.booking.request.Party;
import org.bookingfleet.platform.tokens.HoldTokens;
import org.bookingfleet.platform.web.ApiException;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code PUT /bookings/{id}} to another slot: the new slot's hold (its token) and a fresh
 * quote for it. With {@code attendees} the party changes too: the hold is for the new
 * party's seats (at the same time or another) and the quote priced for them.
 */
public record RescheduleRequest(String holdId, String holdToken, String quoteToken,
		List<BookingRequest.AttendeeRequest> attendees) {

	/**
	 * The hold and the quote, both checked by their signatures, and the new party if
	 * there is one (or null); what they must match of the booking comes later.
	 */
	public record Verified(KnownHold hold, LockedQuote quote, QuoteBinding binding, Party party) {

		/**
		 * The seats the booking takes after the move: the new party's, or the ones it
		 * has.
		 */
		int seats(Booking booking) {
			return party == null ? booking.details().seats() : party.seats();
		}

		/**
		 * What the new hold and quote say that this booking does not keep: its service,
		 * provider, seats, address, promo.
		 */
		List<FieldError> mismatchesWith(Booking booking, JsonMapper json) {
			BookingDetails d = booking.details();
			List<FieldError> errors = new ArrayList<>();
			int seats = seats(booking);
			if (!hold.serviceId().equals(d.serviceId()) || hold.providerId() != d.providerId()) {
				errors.add(new FieldError("holdId", "the hold must be of the same service and provider"));
				return errors;
			}
			if (hold.seats() < seats) {
				errors.add(new FieldError("holdId", "the hold is for " + hold.seats()
						+ (hold.seats() == 1 ? " seat" : " seats") + " and the party takes " + seats));
				return errors;
			}
			errors.addAll(QuoteMatch.mismatches(quote, d.serviceId(), hold.start(), seats, d.promoCode()));
			errors.addAll(HoldMatch.quoteMismatches(hold, quote));
			errors.addAll(binding.mismatches(BookingAddresses.key(d.address(), json), d.customerEmail()));
			if (!quote.currency().equals(d.currency())) {
				errors.add(new FieldError("quoteToken",
						"the quote is in " + quote.currency() + ", the booking in " + d.currency()));
			}
			return errors;
		}
	}

	Verified verified(HoldTokens holds, QuoteTokenVerifier quotes, Instant now) {
		if (holdToken == null || holdToken.isBlank()) {
			throw ApiException.validation("holdToken", "a reschedule needs the new slot's hold token");
		}
		if (quoteToken == null || quoteToken.isBlank()) {
			throw ApiException.validation("quoteToken", "a reschedule needs a quote for the new time");
		}
		Party party = attendees == null ? null : BookingRequestRules.party(attendees);
		if (party != null && !party.valid()) {
			throw RefusalErrors.fieldErrors(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", party.errors());
		}
		KnownHold hold = PresentedHolds.live(PresentedHolds.named(holds, holdId, holdToken), now);
		QuoteVerification.Verified quote = OneAppointmentQuotes.verify(quotes, quoteToken, now, "a reschedule");
		return new Verified(hold, quote.quote(), quote.binding(), party);
	}
}
