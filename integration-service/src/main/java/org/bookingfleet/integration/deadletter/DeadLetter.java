package org.bookingfleet.integration.deadletter;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * An event a consumer of the fleet gave up on, as the admin desk keeps it. Only a new
 * letter is retried or dismissed; only an event of ours (it has an id) can be sent back
 * to its topic, a record that is not one can only be dismissed.
 */
public record DeadLetter(UUID id, String topic, String recordKey, String eventType, UUID eventId, String consumer,
		String failureClass, String failureMessage, DeadLetterStatus status, int timesSeen, Instant firstSeenAt,
		Instant lastSeenAt, Instant updatedAt) {

	public boolean isEvent() {
		return this.eventId != null;
	}

	/** Why it cannot be sent back to its topic now; empty when it can. */
	public Optional<String> retryRefusal() {
		if (this.status != DeadLetterStatus.NEW) {
			return Optional.of("only a new dead letter can be retried");
		}
		if (!isEvent()) {
			return Optional.of("the record is not an event of ours and cannot be sent back; dismiss it");
		}
		return Optional.empty();
	}

	/** Why it cannot be dismissed now; empty when it can. */
	public Optional<String> dismissalRefusal() {
		if (this.status != DeadLetterStatus.NEW) {
			return Optional.of("only a new dead letter can be dismissed");
		}
		return Optional.empty();
	}

	public DeadLetter settled(DeadLetterStatus next, Instant now) {
		return new DeadLetter(this.id, this.topic, this.recordKey, this.eventType, this.eventId, this.consumer,
				this.failureClass, this.failureMessage, next, this.timesSeen, this.firstSeenAt, this.lastSeenAt, now);
	}

}
