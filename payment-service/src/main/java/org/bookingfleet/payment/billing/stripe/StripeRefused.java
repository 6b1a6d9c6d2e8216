package org.bookingfleet.payment.billing.stripe;

/**
 * Stripe answered and said no (a 4xx): retrying the same request would get the same
 * answer.
 */
public class StripeRefused extends RuntimeException {

	private final String code;

	public StripeRefused(String code, String message, Throwable cause) {
		super(message, cause);
		this.code = code;
	}

	public String code() {
		return code;
	}

}
