package org.bookingfleet.events.integration;

import java.util.UUID;

import org.bookingfleet.events.EventContract;
import org.bookingfleet.events.Topics;

/** A side effect gave up after its last attempt; the job waits for an admin's retry. */
@EventContract(type = "IntegrationFailed", topic = Topics.INTEGRATION, key = "bookingId")
public record IntegrationFailed(UUID jobId, UUID bookingId, String partner, String action, int attempts,
		String lastError) {
}
