package org.bookingfleet.booking.policy;

import java.util.Objects;

/**
 * What a booking costs, the fees charged since it was made (a late reschedule's), and
 * what the customer has paid so far, in minor units of one currency.
 */
public record Charges(long totalCents, long depositCents, long feesCents, long paidCents, String currency) {

	public Charges {
		Objects.requireNonNull(currency, "currency");
		if (totalCents < 0 || depositCents < 0 || feesCents < 0 || paidCents < 0) {
			throw new IllegalArgumentException("amounts cannot be negative");
		}
		if (depositCents > totalCents) {
			throw new IllegalArgumentException("deposit exceeds the total");
		}
	}

	/** Charges of a booking no fee has joined. */
	public Charges(long totalCents, long depositCents, long paidCents, String currency) {
		this(totalCents, depositCents, 0, paidCents, currency);
	}
}
