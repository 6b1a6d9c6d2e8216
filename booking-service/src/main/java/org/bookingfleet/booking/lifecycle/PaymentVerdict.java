package org.bookingfleet.booking.lifecycle;

import java.util.Objects;

/** What one payment does to a booking's balance. */
public sealed interface PaymentVerdict {

	/** Everything due is paid: {@code paidCents} in all. */
	record Covers(long paidCents) implements PaymentVerdict {
	}

	/** Paid in part: {@code paidCents} in all, {@code remainingCents} still due. */
	record Partial(long paidCents, long remainingCents) implements PaymentVerdict {
	}

	/** The booking does not take this payment; it goes back to the payer. */
	record NotApplied(String reason) implements PaymentVerdict {
		public NotApplied {
			Objects.requireNonNull(reason, "reason");
		}
	}

}
