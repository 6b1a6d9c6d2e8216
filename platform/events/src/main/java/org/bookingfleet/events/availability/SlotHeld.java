package org.bookingfleet.events.availability;

import java.time.Instant;
import java.util.UUID;

import org.bookingfleet.events.EventContract;
import org.bookingfleet.events.Topics;

/**
 * A slot (or seats) held until {@code expiresAt}.
 *
 * @param forOffer whether the hold was made for a waitlist offer (under the offer's id)
 * rather than by a customer; null from producers older than the field, which says nothing
 */
@EventContract(type = "SlotHeld", topic = Topics.AVAILABILITY, key = "providerId")
public record SlotHeld(UUID holdId, long providerId, String serviceId, Instant start, Instant end, int seats,
		Instant expiresAt, Boolean forOffer) {

	/** Whether it may be a waitlist offer's hold: said so, or not said. */
	public boolean mayBeForOffer() {
		return !Boolean.FALSE.equals(this.forOffer);
	}

}
