package org.bookingfleet.events.booking;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.bookingfleet.events.EventContract;
import org.bookingfleet.events.Topics;

/**
 * A released slot is offered to the first in line until {@code expiresAt}; the
 * integration service tells the customer in their {@code language} on their
 * {@code channels} (EMAIL, SMS, WHATSAPP), showing times in {@code timeZone}. The
 * availability service holds the slot for the offer under the hold id {@code offerId}, so
 * the customer books it like any held slot. Events written before {@code serviceName},
 * {@code timeZone}, {@code language} and {@code channels} existed carry them as
 * {@code null}. {@code offerVersion} is the offer's version after it was made (1; its
 * withdrawal is 2); events written before it existed carry {@code null}.
 */
@EventContract(type = "WaitlistOfferMade", topic = Topics.BOOKING, key = "entryId", aggregateVersion = "offerVersion")
public record WaitlistOfferMade(UUID offerId, UUID entryId, String serviceId, long providerId, Instant start,
		Instant end, int seats, Instant expiresAt, String customerName, String customerEmail, String customerPhone,
		String serviceName, String timeZone, String language, List<String> channels, Long offerVersion) {

	/** The offer's version once made. */
	public static final Long MADE = 1L;

	public WaitlistOfferMade(UUID offerId, UUID entryId, String serviceId, long providerId, Instant start, Instant end,
			int seats, Instant expiresAt, String customerName, String customerEmail, String customerPhone,
			String serviceName, String timeZone, String language, List<String> channels) {
		this(offerId, entryId, serviceId, providerId, start, end, seats, expiresAt, customerName, customerEmail,
				customerPhone, serviceName, timeZone, language, channels, MADE);
	}

}
