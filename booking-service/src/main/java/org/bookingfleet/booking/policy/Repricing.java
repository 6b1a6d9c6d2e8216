package org.bookingfleet.booking.policy;

/**
 * What a rescheduled booking asks to be paid now (before fees) once its new slot is booked at the new time's quote: the
 * same share of the new price as of the old one: nothing when it is paid at the appointment, the whole price when it
 * was prepaid in full, else the new deposit. What the customer paid stays recorded against it, so a customer who paid
 * more owes nothing more; returning money paid beyond a lower new price is the payment service's.
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
}
