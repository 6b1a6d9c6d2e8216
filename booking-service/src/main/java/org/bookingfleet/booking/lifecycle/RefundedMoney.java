package org.bookingfleet.booking.lifecycle;

/**
 * The money a booking's payments brought and what was refunded of it, in minor units of
 * its currency: {@code collectedCents} is the sum of the payments the booking took,
 * {@code refundedCents} every refund the payment service issued on them.
 */
public record RefundedMoney(long collectedCents, long refundedCents) {

	public static final RefundedMoney NONE = new RefundedMoney(0, 0);

	public RefundedMoney {
		if (collectedCents < 0 || refundedCents < 0) {
			throw new IllegalArgumentException("amounts cannot be negative");
		}
	}

	/**
	 * What the booking keeps of {@code paidCents}, what it counts as paid: the payments
	 * it took less their refunds, and never more than it counts as paid, which is already
	 * less what it decided to give back when its price fell (that refund may still be on
	 * its way). A booking paid before its payments were recorded one by one collected
	 * what it counts as paid.
	 */
	public long keptOf(long paidCents) {
		long collected = Math.max(collectedCents, paidCents);
		return Math.max(0, Math.min(paidCents, collected - refundedCents));
	}

}
