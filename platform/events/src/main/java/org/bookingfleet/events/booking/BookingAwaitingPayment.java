package org.bookingfleet.events.booking;

import java.time.Instant;
import java.util.UUID;

import org.bookingfleet.events.EventContract;
import org.bookingfleet.events.Topics;

/**
 * The slot is booked and money is due now: {@code amountDueCents} before {@code payBy}.
 * Who may pay is the booking's owner: {@code ownerSubject} (the JWT subject of a
 * signed-in customer) or the guest whose access token hashes (SHA-256, hex) to
 * {@code accessTokenDigest}; both may be null in events of older producers.
 */
@EventContract(type = "BookingAwaitingPayment", topic = Topics.BOOKING, key = "bookingId",
		aggregateVersion = "bookingVersion")
public record BookingAwaitingPayment(UUID bookingId, String serviceId, long providerId, long amountDueCents,
		String currency, Instant payBy, Customer customer, PriceSnapshot price, String ownerSubject,
		String accessTokenDigest, long bookingVersion) {
	/**
	 * The contract before it carried the booking's version ({@code bookingVersion}, 0
	 * here).
	 */
	public BookingAwaitingPayment(UUID bookingId, String serviceId, long providerId, long amountDueCents,
			String currency, Instant payBy, Customer customer, PriceSnapshot price, String ownerSubject,
			String accessTokenDigest) {
		this(bookingId, serviceId, providerId, amountDueCents, currency, payBy, customer, price, ownerSubject,
				accessTokenDigest, 0);
	}

	/** The first version of the contract, without the owner. */
	public BookingAwaitingPayment(UUID bookingId, String serviceId, long providerId, long amountDueCents,
			String currency, Instant payBy, Customer customer, PriceSnapshot price) {
		this(bookingId, serviceId, providerId, amountDueCents, currency, payBy, customer, price, null, null);
	}

}
