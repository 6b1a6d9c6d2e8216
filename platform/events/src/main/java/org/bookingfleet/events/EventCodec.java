package org.bookingfleet.events;

import java.time.Clock;
import java.util.UUID;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes and reads events as CloudEvents structured JSON ({@code specversion},
 * {@code id}, {@code type}, {@code source}, {@code time}, {@code subject},
 * {@code dataversion}, {@code data}) and turns bodies into their contract records.
 * Unknown fields are ignored, so a consumer survives a producer that adds fields; a field
 * the contract gained since an event was written reads as null, or 0 for a number.
 */
public final class EventCodec {

	private static final JsonMapper JSON = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		// a number a contract gained after an event was written (an aggregate version)
		// reads as 0 from that event
		.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.build();

	private final String source;

	private final Clock clock;

	public EventCodec(String source, Clock clock) {
		this.source = source;
		this.clock = clock;
	}

	/** Wraps a contract record into an envelope for its aggregate. */
	public EventEnvelope envelope(Object body, String subject, long aggregateVersion) {
		EventContract contract = contractOf(body.getClass());
		return new EventEnvelope(UUID.randomUUID(), contract.type(), source, clock.instant(), subject, aggregateVersion,
				contract.version(), JSON.valueToTree(body));
	}

	public static EventContract contractOf(Class<?> type) {
		EventContract contract = type.getAnnotation(EventContract.class);
		if (contract == null) {
			throw new IllegalArgumentException(type.getName() + " is not an @EventContract");
		}
		return contract;
	}

	public static String topicOf(Class<?> type) {
		return contractOf(type).topic();
	}

	public static byte[] write(EventEnvelope event) {
		ObjectNode node = JSON.createObjectNode();
		node.put("specversion", "1.0");
		node.put("id", event.id().toString());
		node.put("type", event.type());
		node.put("source", event.source());
		node.put("time", event.time().toString());
		node.put("subject", event.subject());
		node.put("aggregateversion", event.aggregateVersion());
		node.put("dataversion", String.valueOf(event.dataversion()));
		node.put("datacontenttype", "application/json");
		node.set("data", event.data());
		return JSON.writeValueAsBytes(node);
	}

	/** Reads an envelope; a record that is not one is an {@link UnreadableEvent}. */
	public static EventEnvelope read(byte[] bytes) {
		try {
			JsonNode node = JSON.readTree(bytes);
			return new EventEnvelope(UUID.fromString(text(node, "id")), text(node, "type"), text(node, "source"),
					java.time.Instant.parse(text(node, "time")), text(node, "subject"),
					node.path("aggregateversion").asLong(0), Integer.parseInt(text(node, "dataversion")),
					node.required("data"));
		}
		catch (RuntimeException ex) {
			throw new UnreadableEvent(ex);
		}
	}

	/** The body as its contract record; fails when the event is of another type. */
	public static <T> T data(EventEnvelope event, Class<T> type) {
		EventContract contract = contractOf(type);
		if (!contract.type().equals(event.type())) {
			throw new IllegalArgumentException(
					"event " + event.id() + " is a " + event.type() + ", not a " + contract.type());
		}
		return JSON.treeToValue(event.data(), type);
	}

	public static JsonNode tree(String json) {
		return JSON.readTree(json);
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		if (value == null || value.isNull()) {
			throw new IllegalArgumentException("missing attribute " + field);
		}
		return value.asString();
	}

	/** A record on a topic that is not an event of ours. */
	public static final class UnreadableEvent extends RuntimeException {

		public UnreadableEvent(Throwable cause) {
			super("not a readable event: " + cause.getMessage(), cause);
		}

	}

}
