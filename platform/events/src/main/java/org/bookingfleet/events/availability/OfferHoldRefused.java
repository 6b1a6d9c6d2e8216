package org.bookingfleet.events.availability;

import java.time.Instant;
import java.util.UUID;

import org.bookingfleet.events.EventContract;
import org.bookingfleet.events.Topics;

/**
 * The slot of a waitlist offer could not be held under the hold id {@code offerId}:
 * someone else has it ({@code reason} SLOT_TAKEN) or the provider's policy no longer
 * allows it (the refusal's code).
 */
@EventContract(type = "OfferHoldRefused", topic = Topics.AVAILABILITY, key = "providerId")
public record OfferHoldRefused(UUID offerId, UUID entryId, long providerId, String serviceId, Instant start,
		String reason) {
}
