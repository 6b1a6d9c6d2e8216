package org.bookingfleet.events;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

/**
 * One event as it travels: the CloudEvents attributes of API.md around a JSON body. The
 * record key on Kafka is {@link #subject()}, the aggregate id, so one aggregate's events
 * stay in order.
 */
public record EventEnvelope(UUID id, String type, String source, Instant time, String subject, long aggregateVersion,
		int dataversion, JsonNode data) {

	public EventEnvelope {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(source, "source");
		Objects.requireNonNull(time, "time");
		Objects.requireNonNull(subject, "subject");
		Objects.requireNonNull(data, "data");
	}

}
