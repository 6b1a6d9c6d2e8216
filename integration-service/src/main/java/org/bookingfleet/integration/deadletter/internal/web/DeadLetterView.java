package org.bookingfleet.integration.deadletter.internal.web;

import java.time.Instant;
import java.util.UUID;

import org.bookingfleet.integration.deadletter.DeadLetter;

public record DeadLetterView(UUID id, String topic, String key, String eventType, UUID eventId, String consumer,
		String failureClass, String failureMessage, String status, int timesSeen, boolean retryable,
		Instant firstSeenAt, Instant lastSeenAt, Instant updatedAt) {

	static DeadLetterView of(DeadLetter letter) {
		return new DeadLetterView(letter.id(), letter.topic(), letter.recordKey(), letter.eventType(), letter.eventId(),
				letter.consumer(), letter.failureClass(), letter.failureMessage(), letter.status().name(),
				letter.timesSeen(), letter.retryRefusal().isEmpty(), letter.firstSeenAt(), letter.lastSeenAt(),
				letter.updatedAt());
	}

}
