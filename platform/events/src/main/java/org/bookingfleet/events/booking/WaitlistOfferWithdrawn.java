package org.bookingfleet.events.booking;

import java.time.Instant;
import java.util.UUID;
import org.bookingfleet.events.EventContract;
import org.bookingfleet.events.Topics;

/**
 * The customer left the waitlist while offered a slot: the availability service releases
 * the hold {@code offerId} (if it was not booked), and the release passes the slot to the
 * next in line.
 */
@EventContract(type = "WaitlistOfferWithdrawn", topic = Topics.BOOKING, key = "entryId")
public record WaitlistOfferWithdrawn(UUID offerId, UUID entryId, String serviceId, long providerId, Instant start,
		String reason) {
}
