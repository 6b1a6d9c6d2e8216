package org.bookingfleet.payment.billing.stripe;

/**
 * Stripe could not be reached or answered with a server error, even after retries: try
 * again later.
 */
public class StripeUnavailable extends RuntimeException {

	public StripeUnavailable(String message, Throwable cause) {
		super(message, cause);
	}

}
