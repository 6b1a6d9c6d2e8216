package org.bookingfleet.integration.balance;

/**
 * What a booking confirmed on a deposit still owes when the reminder is due: what it
 * costs in all less what the payments it took brought in. A refund never makes it owed
 * again: goodwill given back lowers what the customer pays overall, a price that fell
 * lowers {@code totalCents} by what was given back, and a payment the booking did not
 * take is not among {@code takenCents} at all. The payment service asks for the balance
 * by the same rule.
 */
public record BalanceDue(long totalCents, long takenCents) {

	/** Nothing is owed: no reminder is sent. */
	public boolean settled() {
		return owedCents() == 0;
	}

	/** What the reminder asks for; never below nothing. */
	public long owedCents() {
		return Math.max(0, totalCents - takenCents);
	}

}
