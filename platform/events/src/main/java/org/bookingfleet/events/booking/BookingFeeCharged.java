package org.bookingfleet.events.booking;

import java.util.UUID;

import org.bookingfleet.events.EventContract;
import org.bookingfleet.events.Topics;

/**
 * A fee joined the booking's price (a late reschedule's, under the provider's policy),
 * and the booking's status did not change. {@code amountDueCents} is everything the
 * booking asks to be paid now, this fee included, and {@code paidCents} what the booking
 * has taken so far: the payment service charges the difference. {@code price} is the
 * price snapshot with the fee as one more line. The owner fields name who may pay, as in
 * {@link BookingAwaitingPayment}. {@code refundCents} is what the customer paid beyond
 * the booking's new, lower price (a reschedule to a cheaper time, code {@code REPRICED}):
 * the payment service gives it back, and {@code paidCents} no longer counts it (0 on
 * events written before the field).
 */
@EventContract(type = "BookingFeeCharged", topic = Topics.BOOKING, key = "bookingId",
		aggregateVersion = "bookingVersion")
public record BookingFeeCharged(UUID bookingId, String serviceId, long providerId, String code, String label,
		long feeCents, String currency, long amountDueCents, long paidCents, Customer customer, PriceSnapshot price,
		String ownerSubject, String accessTokenDigest, long refundCents, long bookingVersion) {
	/**
	 * The contract before it carried the booking's version ({@code bookingVersion}, 0
	 * here).
	 */
	public BookingFeeCharged(UUID bookingId, String serviceId, long providerId, String code, String label,
			long feeCents, String currency, long amountDueCents, long paidCents, Customer customer, PriceSnapshot price,
			String ownerSubject, String accessTokenDigest, long refundCents) {
		this(bookingId, serviceId, providerId, code, label, feeCents, currency, amountDueCents, paidCents, customer,
				price, ownerSubject, accessTokenDigest, refundCents, 0);
	}

}
