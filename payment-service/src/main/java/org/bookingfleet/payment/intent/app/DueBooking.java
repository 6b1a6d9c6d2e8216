package org.bookingfleet.payment.intent.app;

import java.time.Instant;
import java.util.UUID;

import org.bookingfleet.payment.intent.BookingOwnership;
import org.bookingfleet.payment.invoice.QuotedPrice;
import org.bookingfleet.payment.money.Money;

/**
 * A booking waiting for money, as the booking service announced it; {@code closed} says why it takes no more
 * (expired, cancelled), or is null.
 */
public record DueBooking(UUID bookingId, String serviceId, long providerId, Money amountDue, Instant payBy,
		String customerName, String customerEmail, String ownerSubject, String accessTokenDigest, QuotedPrice price,
		String closed) {

	public boolean isClosed() {
		return closed != null;
	}

	public boolean isOwnedBy(boolean admin, String subject, String accessToken) {
		return BookingOwnership.allows(admin, subject, accessToken, ownerSubject, accessTokenDigest);
	}

}
