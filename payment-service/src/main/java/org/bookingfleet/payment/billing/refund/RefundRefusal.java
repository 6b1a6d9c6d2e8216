package org.bookingfleet.payment.billing.refund;

public enum RefundRefusal {

	NOT_CAPTURED, NOT_POSITIVE, EXCEEDS_REFUNDABLE, NOTHING_LEFT, KEY_REUSED_FOR_ANOTHER_AMOUNT

}
