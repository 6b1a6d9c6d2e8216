package org.bookingfleet.integration.balance;

/**
 * What a booking confirmed on a deposit still owes when the reminder is due: its price
 * less what it kept of its payments (payments less their refunds).
 */
public record BalanceDue(long totalCents, long keptCents) {

	/** Nothing is owed: no reminder is sent. */
	public boolean settled() {
		return keptCents >= totalCents;
	}

	/** What the reminder asks for; never below nothing. */
	public long owedCents() {
		return Math.max(0, totalCents - keptCents);
	}

}
