package org.bookingfleet.payment.billing.internal.store;

import org.bookingfleet.payment.billing.internal.stripe.StripeProperties;
import org.bookingfleet.payment.billing.refund.Refund;
import org.bookingfleet.platform.LeasedWork;
import org.springframework.stereotype.Component;

/**
 * The refunds decided but not yet sent to Stripe: taken up again from the database, each
 * claimed for a lease so instances polling together do not send it twice (its own
 * idempotency key makes a repeated call harmless anyway), and tried again later, less
 * often the longer Stripe cannot be reached.
 */
@Component
public class RefundsToSend extends LeasedWork<Refund> {

	private static final int BATCH = 20;

	private static final int AT_ONCE = 4;

	public RefundsToSend(Refunds refunds, RefundIssuing issuing, StripeProperties stripe) {
		super("Refunds to send", stripe.lease(BATCH, AT_ONCE), refunds::claimRefundsToSend, issuing::send);
	}

}
