package org.bookingfleet.booking.lifecycle;

import java.util.Objects;

/**
 * What a booking asks to be paid now (the deposit or the full price, plus any fee charged
 * since), what it costs in all (its price plus the fees: what is left of it after the
 * deposit is the balance, paid before the day) and what it has taken, in minor units of
 * the booking's currency. Decides what a payment that arrives does to the booking.
 */
public record Balance(long dueCents, long priceCents, long paidCents, String currency) {

	public Balance {
		Objects.requireNonNull(currency, "currency");
		if (dueCents < 0 || priceCents < 0 || paidCents < 0) {
			throw new IllegalArgumentException("amounts cannot be negative");
		}
	}

	/** A booking that costs what it asks now: nothing is left to pay after it. */
	public Balance(long dueCents, long paidCents, String currency) {
		this(dueCents, dueCents, paidCents, currency);
	}

	/**
	 * The part of the quoted price due now once a fee joins the booking: what was due
	 * now, or more when the customer has already paid more of the price (never more than
	 * the price), so the fee is always charged on top of what is paid and a customer who
	 * paid everything pays the fee and only the fee.
	 */
	public static long priceDueNowWithFee(long priceDueNowCents, long priceCents, long paidCents, long feesCents) {
		long paidTowardsPrice = Math.max(0, paidCents - feesCents);
		return Math.min(priceCents, Math.max(priceDueNowCents, paidTowardsPrice));
	}

	/** What is still unpaid of what is due now. */
	public long remainingCents() {
		return Math.max(0, dueCents - paidCents);
	}

	public boolean isSettled() {
		return remainingCents() == 0;
	}

	/**
	 * What the booking costs in all: its price with the fees, never less than what it
	 * asks now.
	 */
	public long inFullCents() {
		return Math.max(dueCents, priceCents);
	}

	/**
	 * What is still unpaid of what the booking costs in all: after a paid deposit, the
	 * balance.
	 */
	public long owedCents() {
		return Math.max(0, inFullCents() - paidCents);
	}

	/**
	 * A payment counts only while the booking takes money (awaiting payment, or confirmed
	 * with a fee or its balance still owed), in the booking's currency, towards an amount
	 * still owed: what is due now first, then, once the booking is confirmed, the balance
	 * of its price. It covers what is owed or leaves the rest owed.
	 */
	public PaymentVerdict receive(long cents, String paymentCurrency, BookingStatus status) {
		if (status != BookingStatus.AWAITING_PAYMENT && status != BookingStatus.CONFIRMED) {
			return new PaymentVerdict.NotApplied("the booking is " + status);
		}
		if (!currency.equalsIgnoreCase(paymentCurrency)) {
			return new PaymentVerdict.NotApplied("paid in " + paymentCurrency + ", the booking is in " + currency);
		}
		if (cents <= 0) {
			return new PaymentVerdict.NotApplied("nothing was paid");
		}
		long paid = Math.addExact(paidCents, cents);
		if (!isSettled()) {
			return paid >= dueCents ? new PaymentVerdict.Covers(paid)
					: new PaymentVerdict.Partial(paid, dueCents - paid);
		}
		if (status == BookingStatus.CONFIRMED && owedCents() > 0) {
			long inFull = inFullCents();
			return paid >= inFull ? new PaymentVerdict.Covers(paid) : new PaymentVerdict.Partial(paid, inFull - paid);
		}
		return new PaymentVerdict.NotApplied("nothing is due");
	}
}
