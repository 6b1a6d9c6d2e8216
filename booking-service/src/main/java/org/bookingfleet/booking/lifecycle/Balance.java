package org.bookingfleet.booking.lifecycle;

import java.util.Objects;

/**
 * What a booking asks to be paid now (the deposit or the full price, plus any fee charged since) and what it has
 * taken, in minor units of the booking's currency. Decides what a payment that arrives does to the booking.
 */
public record Balance(long dueCents, long paidCents, String currency) {

    public Balance {
        Objects.requireNonNull(currency, "currency");
        if (dueCents < 0 || paidCents < 0) {
            throw new IllegalArgumentException("amounts cannot be negative");
        }
    }

    /**
     * The part of the quoted price due now once a fee joins the booking: what was due now, or more when the customer
     * has already paid more of the price (never more than the price), so the fee is always charged on top of what is
     * paid and a customer who paid everything pays the fee and only the fee.
     */
    public static long priceDueNowWithFee(long priceDueNowCents, long priceCents, long paidCents, long feesCents) {
        long paidTowardsPrice = Math.max(0, paidCents - feesCents);
        return Math.min(priceCents, Math.max(priceDueNowCents, paidTowardsPrice));
    }

    public long remainingCents() {
        return Math.max(0, dueCents - paidCents);
    }

    public boolean isSettled() {
        return remainingCents() == 0;
    }

    /**
     * A payment counts only while the booking takes money (awaiting payment, or confirmed with a fee still due), in
     * the booking's currency, towards an amount still due. It covers the balance or leaves the rest due.
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
        if (isSettled()) {
            return new PaymentVerdict.NotApplied("nothing is due");
        }
        long paid = Math.addExact(paidCents, cents);
        return paid >= dueCents ? new PaymentVerdict.Covers(paid) : new PaymentVerdict.Partial(paid, dueCents - paid);
    }
}
