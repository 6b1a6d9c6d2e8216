package org.bookingfleet.payment.billing.intent;

import java.time.Instant;
import java.util.UUID;

import org.bookingfleet.payment.billing.invoice.QuotedPrice;
import org.bookingfleet.payment.money.Money;

/**
 * A booking waiting for money, as the booking service announced it; {@code closed} says
 * why it takes no more (expired, cancelled), or is null.
 */
public record DueBooking(UUID bookingId, String serviceId, long providerId, Money amountDue, Instant payBy,
		String customerName, String customerEmail, String ownerSubject, String accessTokenDigest, QuotedPrice price,
		String closed) {

	/**
	 * What the booking costs in full: its price as last announced (the quote's total with
	 * the fees charged since), never less than what is due now. After a paid deposit, the
	 * rest is its balance.
	 */
	public Money inFull() {
		long priced = price == null || !amountDue.currencyCode().equalsIgnoreCase(price.currency()) ? 0
				: price.totalCents();
		return new Money(Math.max(amountDue.cents(), priced), amountDue.currency());
	}

	public boolean isClosed() {
		return closed != null;
	}

	public boolean isOwnedBy(boolean admin, String subject, String accessToken) {
		return BookingOwnership.allows(admin, subject, accessToken, ownerSubject, accessTokenDigest);
	}

}
