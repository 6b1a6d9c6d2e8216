package org.bookingfleet.booking.saga;

import org.bookingfleet.booking.lifecycle.PaymentVerdict;

/**
 * What tells apart the steps one input can be: whose hold an availability answer is
 * about, and what a payment is to the booking.
 */
public enum Situation {

	/** The input is one step whatever the booking. */
	ANY,
	/** The answer is about the hold the booking was made with. */
	BOOKED_HOLD,
	/** The answer is about the hold of a reschedule the booking is running. */
	RESCHEDULE_HOLD,
	/** The answer is about a reschedule's hold, but the booking closed meanwhile. */
	RESCHEDULE_HOLD_OF_CLOSED_BOOKING,
	/** The payment covers what is due now. */
	PAYMENT_COVERS,
	/** The payment pays part of what is due now. */
	PAYMENT_PART,
	/**
	 * The booking does not take the payment (closed, still pending, another currency,
	 * nothing due).
	 */
	PAYMENT_NOT_TAKEN;

	/**
	 * Whose hold an answer of the availability service is about.
	 * @param reschedulesHold the answer names the hold of the reschedule the booking runs
	 * @param closed the booking is cancelled, rejected, expired or finished
	 */
	public static Situation ofHold(boolean reschedulesHold, boolean closed) {
		if (!reschedulesHold) {
			return BOOKED_HOLD;
		}
		return closed ? RESCHEDULE_HOLD_OF_CLOSED_BOOKING : RESCHEDULE_HOLD;
	}

	/** What a payment is to the booking, as its balance judged it. */
	public static Situation ofPayment(PaymentVerdict verdict) {
		if (verdict instanceof PaymentVerdict.Covers) {
			return PAYMENT_COVERS;
		}
		return verdict instanceof PaymentVerdict.Partial ? PAYMENT_PART : PAYMENT_NOT_TAKEN;
	}

}
