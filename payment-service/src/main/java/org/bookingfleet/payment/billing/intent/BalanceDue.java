package org.bookingfleet.payment.billing.intent;

/**
 * What a booking still owes of what it costs in all ({@code totalCents}: its price with
 * the fees charged since, the new price after a change): that less what the payments it
 * took brought in. A refund never makes it owed again: goodwill given back lowers what
 * the customer pays overall, a price that fell lowers {@code totalCents} by what was
 * given back, and a payment the booking did not take is not among {@code takenCents} at
 * all. The integration service's balance reminder asks by the same rule.
 */
public record BalanceDue(long totalCents, long takenCents) {

	/** Nothing is owed: the booking is paid in full. */
	public boolean settled() {
		return owedCents() == 0;
	}

	/** What the balance asks for; never below nothing. */
	public long owedCents() {
		return Math.max(0, totalCents - takenCents);
	}

}
