package org.bookingfleet.events.integration;

import java.time.Instant;
import java.util.UUID;

import org.bookingfleet.events.EventContract;
import org.bookingfleet.events.Topics;

/**
 * The booking's remote online notarization moved at Proof: {@code status} is where the
 * session now stands ({@code SENT}, {@code RECEIVED}, {@code IN_PROGRESS}, then
 * {@code COMPLETED}, {@code CANCELLED} or {@code EXPIRED}, which are final), {@code at}
 * when integration-service recorded it. Announced once per real change; a session starts
 * {@code CREATED} with {@link RonSessionCreated}.
 */
@EventContract(type = "NotarizationStatusChanged", topic = Topics.INTEGRATION, key = "bookingId")
public record NotarizationStatusChanged(UUID bookingId, String transactionId, String status, Instant at) {
}
