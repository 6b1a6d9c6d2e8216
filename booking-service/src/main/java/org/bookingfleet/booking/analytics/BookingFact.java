package org.bookingfleet.booking.analytics;

import java.time.Instant;
import java.time.ZoneId;
import org.bookingfleet.booking.lifecycle.BookingStatus;

/**
 * One booking as analytics sees it: its status, service, start and its own time zone (the
 * business's), its price and the taxes in it as quoted, what it keeps of what was paid
 * ({@code paidCents}: money collected less refunds) and the refunds of its payments, in
 * minor units of {@code currency}.
 */
public record BookingFact(String serviceId, BookingStatus status, Instant startsAt, ZoneId zone, String currency,
		long priceCents, long taxesCents, long paidCents, long refundedCents) {

	/** What it keeps of what was paid, split into net and tax. */
	public TaxSplit revenue() {
		return TaxSplit.of(paidCents, taxesCents, priceCents);
	}

}
