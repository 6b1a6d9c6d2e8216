package org.bookingfleet.booking.policy;

/**
 * What a rescheduled booking asks to be paid now (before fees) once its new slot is
 * booked at the new time's quote: the same share of the new price as of the old one:
 * nothing when it is paid at the appointment, the whole price when it was prepaid in
 * full, else the new deposit. What the customer paid stays recorded against it, so a
 * customer who paid more owes nothing more, and what was paid beyond the new price and
 * its fees is given back.
 */
public final class Repricing {

	private Repricing() {
	}

	public static long priceDueNow(long oldDueNowCents, long oldTotalCents, long newTotalCents, long newDepositCents) {
		if (oldDueNowCents <= 0 || newTotalCents <= 0) {
			return 0;
		}
		if (oldDueNowCents >= oldTotalCents || newDepositCents <= 0) {
			return newTotalCents;
		}
		return Math.min(newDepositCents, newTotalCents);
	}

	/**
	 * What the customer paid beyond everything the moved booking costs (its new price and
	 * the fees charged, a late reschedule's included): given back when a booking moves to
	 * a cheaper time, nothing otherwise.
	 */
	public static long overpaidCents(long paidCents, long newTotalCents, long feesCents) {
		return Math.max(0, paidCents - Math.addExact(newTotalCents, feesCents));
	}

}
