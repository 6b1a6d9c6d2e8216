package org.bookingfleet.payment.billing.intent;

/**
 * Where a payment stands. The order is the order of precedence: whatever order Stripe's
 * events arrive in, a payment moves only to a status of higher precedence, so a late
 * failure never undoes a success.
 */
public enum PaymentStatus {

	/** Stored, but Stripe has not yet answered the creation of its PaymentIntent. */
	CREATING,
	/** The PaymentIntent exists and waits for the customer's card. */
	REQUIRES_PAYMENT,
	/** The last card was declined; the customer may try again with another. */
	FAILED, CANCELED, SUCCEEDED;

	public boolean outranks(PaymentStatus other) {
		return compareTo(other) > 0;
	}

	public boolean isSettled() {
		return this == CANCELED || this == SUCCEEDED;
	}

}
