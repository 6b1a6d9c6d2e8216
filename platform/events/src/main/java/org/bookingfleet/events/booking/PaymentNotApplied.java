package org.bookingfleet.events.booking;

import java.util.UUID;

import org.bookingfleet.events.EventContract;
import org.bookingfleet.events.Topics;

/**
 * A payment the booking did not take: it arrived after the booking closed (expired,
 * cancelled or rejected meanwhile), in another currency than the booking's, or when
 * nothing was due. The booking is unchanged; the payment service gives the money back.
 * {@code bookingStatus} is the booking's status when the payment arrived.
 */
@EventContract(type = "PaymentNotApplied", topic = Topics.BOOKING, key = "bookingId",
		aggregateVersion = "bookingVersion")
public record PaymentNotApplied(UUID bookingId, UUID paymentId, String paymentIntentId, long amountCents,
		String currency, String bookingStatus, long bookingVersion) {
	/**
	 * The contract before it carried the booking's version ({@code bookingVersion}, 0
	 * here).
	 */
	public PaymentNotApplied(UUID bookingId, UUID paymentId, String paymentIntentId, long amountCents, String currency,
			String bookingStatus) {
		this(bookingId, paymentId, paymentIntentId, amountCents, currency, bookingStatus, 0);
	}

}
