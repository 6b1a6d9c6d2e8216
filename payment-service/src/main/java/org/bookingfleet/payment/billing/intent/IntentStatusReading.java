package org.bookingfleet.payment.billing.intent;

import java.util.Optional;

/**
 * Turns a PaymentIntent's status, as Stripe answers it when asked, into the observation
 * its webhook would have carried, so asking and being told move a payment the same way.
 */
public final class IntentStatusReading {

	private IntentStatusReading() {
	}

	public static Optional<PaymentObservation> of(String stripeStatus, long amountReceivedCents, String lastErrorCode,
			String lastErrorMessage) {
		if (stripeStatus == null) {
			return Optional.empty();
		}
		switch (stripeStatus) {
			case "succeeded":
				return Optional.of(new PaymentObservation.IntentSucceeded(amountReceivedCents));
			case "canceled":
				return Optional.of(new PaymentObservation.IntentCanceled());
			case "requires_payment_method":
				return lastErrorCode == null && lastErrorMessage == null ? Optional.empty()
						: Optional.of(new PaymentObservation.IntentFailed(lastErrorCode, lastErrorMessage));
			default:
				return Optional.empty();
		}
	}

}
