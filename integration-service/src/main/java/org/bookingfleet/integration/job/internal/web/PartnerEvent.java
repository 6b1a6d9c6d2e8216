package org.bookingfleet.integration.job.internal.web;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

import org.bookingfleet.platform.web.ApiException;
import org.springframework.http.HttpStatus;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What this service reads of a partner's delivery, whatever its shape: the event id the
 * replay guard keeps (the body's digest when the partner names none), the event's type
 * and, for Proof, the transaction it is about. A body that is not JSON is the sender's
 * error (400), never ours.
 */
record PartnerEvent(String id, String type, Optional<String> transaction) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	static PartnerEvent read(byte[] body) {
		JsonNode event;
		try {
			event = JSON.readTree(body);
		}
		catch (JacksonException unreadable) {
			throw new ApiException(HttpStatus.BAD_REQUEST, "MALFORMED_REQUEST", "the body is not JSON");
		}
		String type = text(event, "type", "event", "event_type").orElse("unknown");
		Optional<String> transaction = text(event.path("data"), "transaction_id", "id")
			.or(() -> text(event, "transaction_id"));
		return new PartnerEvent(text(event, "id", "event_id", "webhookId").orElseGet(() -> digest(body)), type,
				transaction);
	}

	private static Optional<String> text(JsonNode node, String... names) {
		for (String name : names) {
			JsonNode value = node.path(name);
			if (value.isValueNode() && !value.asString().isBlank()) {
				return Optional.of(value.asString());
			}
		}
		return Optional.empty();
	}

	private static String digest(byte[] body) {
		try {
			return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every JDK", e);
		}
	}
}
