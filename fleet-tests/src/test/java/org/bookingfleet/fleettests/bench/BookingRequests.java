package org.bookingfleet.fleettests.bench;

import tools.jackson.databind.node.ObjectNode;
import org.bookingfleet.fleettests.api.Answer;
import org.bookingfleet.fleettests.api.Caller;
import org.bookingfleet.fleettests.api.Gateway;
import org.bookingfleet.fleettests.api.SlotSupply;
import org.bookingfleet.fleettests.api.Storefront;

/**
 * What the benchmarks book: a RON notarization for one, its slot held and its price
 * quoted through the gateway first, as the page does, giving the body of its
 * {@code POST /bookings}.
 */
final class BookingRequests {

	/**
	 * The booking's body, or the step that was refused ("hold 409 SLOT_TAKEN"): exactly
	 * one is set.
	 */
	record Prepared(ObjectNode body, String failure) {
	}

	private BookingRequests() {
	}

	static Prepared heldAndQuoted(SlotSupply.Slot slot, String customer) {
		Answer hold = Storefront.hold(Storefront.RON, slot.providerId(), slot.start(), 1);
		if (hold.status() != 201) {
			return new Prepared(null, failure("hold", hold, 201));
		}
		String email = Storefront.newEmail(customer);
		Answer quote = Gateway.post("/api/v2/services/pricing", Caller.ANONYMOUS,
				Storefront.quoteRequest(Storefront.RON, slot.start(), 1, email));
		if (quote.status() != 200) {
			return new Prepared(null, failure("quote", quote, 200));
		}
		return new Prepared(Storefront
			.request(Storefront.RON, hold.field("holdId"), quote.field("quoteToken"), slot.start(), email, 1)
			.put("holdToken", hold.field("holdToken")), null);
	}

	/**
	 * The step and its answer's status and code; null when the answer is the one
	 * expected.
	 */
	static String failure(String step, Answer answer, int expected) {
		if (answer.status() == expected) {
			return null;
		}
		String code = answer.errorCode();
		return step + " " + answer.status() + (code == null || code.isBlank() ? "" : " " + code);
	}

}
