package org.bookingfleet.payment.billing.internal.store;

import org.bookingfleet.payment.billing.internal.stripe.StripeProperties;
import org.bookingfleet.platform.LeasedWork;
import org.springframework.stereotype.Component;

/**
 * The attempts whose PaymentIntent Stripe has not created yet: taken up again from the
 * database, each claimed for a lease so instances polling together do not call Stripe
 * twice for it (the attempt's idempotency key makes a repeated call harmless anyway). An
 * attempt Stripe could not be reached for waits longer after each try.
 */
@Component
public class IntentsToCreate extends LeasedWork<StoredPayment> {

	private static final int BATCH = 20;

	private static final int AT_ONCE = 4;

	public IntentsToCreate(Payments payments, IntentCreation creation, StripeProperties stripe) {
		super("PaymentIntents to create", stripe.lease(BATCH, AT_ONCE), payments::claimIntentsToCreate,
				creation::create);
	}

}
