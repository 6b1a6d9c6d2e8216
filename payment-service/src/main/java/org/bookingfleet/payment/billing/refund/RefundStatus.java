package org.bookingfleet.payment.billing.refund;

public enum RefundStatus {

	REQUESTED, SUCCEEDED, FAILED;

	/**
	 * Money that is or may still be on its way back counts against what is left to
	 * refund.
	 */
	public boolean holdsMoney() {
		return this != FAILED;
	}

}
