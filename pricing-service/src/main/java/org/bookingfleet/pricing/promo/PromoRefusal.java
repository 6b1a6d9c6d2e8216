package org.bookingfleet.pricing.promo;

/**
 * Why a promo code gives no discount; the client sees it as {@code details.reason} of
 * {@code PROMO_INVALID}.
 */
public enum PromoRefusal {

	/** No such code. */
	UNKNOWN,
	/** An admin deactivated it. */
	DEACTIVATED,
	/**
	 * Used outside its validity window (before it starts counts too: it is not valid
	 * now).
	 */
	EXPIRED,
	/** Its total or per-customer redemption limit is reached. */
	EXHAUSTED,
	/** Not for this service, or not for this currency. */
	NOT_APPLICABLE,
	/** The subtotal is under its minimum amount. */
	BELOW_MINIMUM

}
