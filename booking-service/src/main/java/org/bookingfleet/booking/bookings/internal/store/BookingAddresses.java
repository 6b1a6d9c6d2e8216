package org.bookingfleet.booking.bookings.internal.store;

import org.bookingfleet.booking.request.BookingRequest;
import org.bookingfleet.platform.tokens.AddressKey;
import tools.jackson.databind.json.JsonMapper;

/**
 * A booking's address in the one form its quote is bound to (null without an address).
 */
final class BookingAddresses {

	private BookingAddresses() {
	}

	static String key(BookingRequest.Address address) {
		return address == null ? null : AddressKey.of(address.line1(), address.city(), address.state(),
				address.postalCode(), address.country(), address.lat(), address.lng());
	}

	/** The key of the address a stored booking keeps as JSON. */
	static String key(String storedAddress, JsonMapper json) {
		return storedAddress == null ? null : key(json.readValue(storedAddress, BookingRequest.Address.class));
	}

}
