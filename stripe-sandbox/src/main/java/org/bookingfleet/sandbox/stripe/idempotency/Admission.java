package org.bookingfleet.sandbox.stripe.idempotency;

import org.bookingfleet.sandbox.stripe.api.StripeError;

/** What a request carrying an idempotency key may do. */
public sealed interface Admission {

	/** Run the request, then record or forget its answer under the key. */
	record Proceed() implements Admission {
	}

	/** The key was used before with the same request: send its answer again. */
	record Replay(StoredResponse response) implements Admission {
	}

	record Refuse(StripeError error) implements Admission {
	}

}
