package org.bookingfleet.events.booking;

import java.time.Instant;
import java.util.UUID;
import org.bookingfleet.events.EventContract;
import org.bookingfleet.events.Topics;

/**
 * A released slot is offered to the first in line until {@code expiresAt}; the integration service tells the customer.
 */
@EventContract(type = "WaitlistOfferMade", topic = Topics.BOOKING)
public record WaitlistOfferMade(UUID offerId, UUID entryId, String serviceId, long providerId, Instant start, Instant end,
        int seats, Instant expiresAt, String customerName, String customerEmail, String customerPhone) {
}
