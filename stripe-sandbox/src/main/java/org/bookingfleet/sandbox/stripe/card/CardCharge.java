package org.bookingfleet.sandbox.stripe.card;

import org.bookingfleet.sandbox.stripe.api.StripeError;

public sealed interface CardCharge {

	record Approved(String brand, String last4) implements CardCharge {
	}

	record Declined(StripeError error) implements CardCharge {
	}

}
