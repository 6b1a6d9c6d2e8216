package org.bookingfleet.integration.deadletter;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * One record read from a dead-letter topic: the headers the consumer that gave up wrote
 * ({@code dlq.consumer}, {@code dlq.error.*}, {@code dlq.original.*}), the record's key
 * and, when the record is an event of ours, its id and type.
 */
public record DeadLetterArrival(String deadLetterTopic, Map<String, String> headers, String recordKey, UUID eventId,
		String eventType) {

	static final String SUFFIX = ".dlq";

	public DeadLetterArrival {
		headers = Map.copyOf(headers);
		recordKey = (recordKey != null) ? recordKey : "";
	}

	/**
	 * The consumer that gave up; empty for a record no consumer wrote (the announcement
	 * of a dead integration job, which the jobs list shows).
	 */
	public Optional<String> consumer() {
		return Optional.ofNullable(this.headers.get("dlq.consumer")).filter(name -> !name.isBlank());
	}

	/** The topic the record came from, where a retry sends it back. */
	public String originalTopic() {
		String named = this.headers.get("dlq.original.topic");
		if (named != null && !named.isBlank()) {
			return named;
		}
		return this.deadLetterTopic.endsWith(SUFFIX)
				? this.deadLetterTopic.substring(0, this.deadLetterTopic.length() - SUFFIX.length())
				: this.deadLetterTopic;
	}

	public String failureClass() {
		return this.headers.getOrDefault("dlq.error.class", "unknown");
	}

	public String failureMessage() {
		return this.headers.getOrDefault("dlq.error.message", "");
	}

	/**
	 * What makes two records the same dead letter: the consumer and the event's id, so an
	 * event that fails again after a retry comes back to its letter; a record that is not
	 * an event is known by where it was on its topic.
	 */
	public String letterKey() {
		String consumer = consumer().orElse("");
		if (this.eventId != null) {
			return consumer + " " + this.eventId;
		}
		return consumer + " " + originalTopic() + "-" + this.headers.getOrDefault("dlq.original.partition", "?") + "@"
				+ this.headers.getOrDefault("dlq.original.offset", "?");
	}

}
