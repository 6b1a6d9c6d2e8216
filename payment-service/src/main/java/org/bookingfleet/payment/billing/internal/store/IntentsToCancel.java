package org.bookingfleet.payment.billing.internal.store;

import org.bookingfleet.payment.billing.internal.stripe.StripeProperties;
import org.bookingfleet.platform.LeasedWork;
import org.springframework.stereotype.Component;

/**
 * The open attempts of bookings that expired or were cancelled, whose PaymentIntent is
 * still to be canceled at Stripe: taken up again from the database, each claimed for a
 * lease, and tried again later while Stripe cannot be reached.
 */
@Component
public class IntentsToCancel extends LeasedWork<StoredPayment> {

	private static final int BATCH = 20;

	private static final int AT_ONCE = 4;

	public IntentsToCancel(Payments payments, IntentCancellation cancellation, StripeProperties stripe) {
		super("PaymentIntents to cancel", stripe.lease(BATCH, AT_ONCE), payments::claimIntentsToCancel,
				cancellation::cancel);
	}

}
