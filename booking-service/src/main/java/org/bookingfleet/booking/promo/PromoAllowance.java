package org.bookingfleet.booking.promo;

import java.util.Optional;

/**
 * Whether one more booking may use a promo code, given how many live or finished bookings
 * already use it in all and by this customer (a series counts once). Cancelled, rejected
 * and expired bookings give their use back.
 */
public final class PromoAllowance {

	private PromoAllowance() {
	}

	/**
	 * Empty when the booking may use the code; otherwise why not, in the customer's
	 * words.
	 */
	public static Optional<String> refusal(Long totalLimit, Long perCustomerLimit, long usedInTotal,
			long usedByCustomer) {
		if (perCustomerLimit != null && usedByCustomer >= perCustomerLimit) {
			return Optional.of("this promo code can be used " + perCustomerLimit
					+ (perCustomerLimit == 1 ? " time" : " times") + " per customer, and this customer has used it");
		}
		if (totalLimit != null && usedInTotal >= totalLimit) {
			return Optional.of("this promo code has been used up");
		}
		return Optional.empty();
	}

}
