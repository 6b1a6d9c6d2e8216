package org.bookingfleet.booking.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.bookingfleet.booking.request.FieldError;

/**
 * What else a quote's price depends on besides service, time and party size: the address
 * it was priced for (its {@code AddressKey}, null when priced without one), the customer
 * a promo code was checked for, and the promo code's limits, which the booking enforces
 * when it commits. A token from before these claims binds no address.
 */
public record QuoteBinding(boolean bindsAddress, String address, String customerEmail, Long promoTotalLimit,
		Long promoPerCustomerLimit) {

	public static final QuoteBinding NONE = new QuoteBinding(false, null, null, null, null);

	/**
	 * The fields of a booking that differ from what its quote was priced for, each named
	 * by its own field.
	 */
	public List<FieldError> mismatches(String bookingAddressKey, String bookingEmail) {
		List<FieldError> errors = new ArrayList<>();
		if (bindsAddress && !Objects.equals(address, bookingAddressKey)) {
			errors.add(new FieldError("address", address == null ? "the quote was priced without an address"
					: "the quote was priced for another address"));
		}
		if (customerEmail != null && !customerEmail.equals(normalisedEmail(bookingEmail))) {
			errors.add(new FieldError("customerEmail", "the quote's promo code was checked for another customer"));
		}
		return errors;
	}

	public boolean limitsPromo() {
		return promoTotalLimit != null || promoPerCustomerLimit != null;
	}

	public static String normalisedEmail(String email) {
		return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
	}
}
