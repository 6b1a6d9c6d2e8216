package org.bookingfleet.events.booking;

import java.time.Instant;
import java.util.UUID;

import org.bookingfleet.events.EventContract;
import org.bookingfleet.events.Topics;

/**
 * The customer left the waitlist while offered a slot: the availability service releases
 * the hold {@code offerId} (if it was not booked), and the release passes the slot to the
 * next in line. {@code offerVersion} is the offer's version after the withdrawal (2);
 * events written before it existed carry {@code null}.
 */
@EventContract(type = "WaitlistOfferWithdrawn", topic = Topics.BOOKING, key = "entryId",
		aggregateVersion = "offerVersion")
public record WaitlistOfferWithdrawn(UUID offerId, UUID entryId, String serviceId, long providerId, Instant start,
		String reason, Long offerVersion) {

	/** The offer's version once withdrawn (it was made at 1). */
	public static final Long WITHDRAWN = 2L;

	public WaitlistOfferWithdrawn(UUID offerId, UUID entryId, String serviceId, long providerId, Instant start,
			String reason) {
		this(offerId, entryId, serviceId, providerId, start, reason, WITHDRAWN);
	}

}
