package org.bookingfleet.events.integration;

import java.util.UUID;

import org.bookingfleet.events.EventContract;
import org.bookingfleet.events.Topics;

@EventContract(type = "RonSessionCreated", topic = Topics.INTEGRATION, key = "bookingId")
public record RonSessionCreated(UUID bookingId, String sessionId, String signerLink) {
}
