package org.bookingfleet.integration.job;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A side effect to perform, before it is a job. The dedupe key names the effect itself,
 * so the same effect asked for twice (a redelivered event) becomes one job. {@code after}
 * is the dedupe key of the job that must succeed first (the tag needs the contact).
 */
public record JobRequest(JobAction action, UUID bookingId, String dedupeKey, Optional<String> after,
		Map<String, String> payload, Instant notBefore) {

	public JobRequest {
		Objects.requireNonNull(action, "action");
		Objects.requireNonNull(bookingId, "bookingId");
		Objects.requireNonNull(dedupeKey, "dedupeKey");
		Objects.requireNonNull(after, "after");
		Objects.requireNonNull(notBefore, "notBefore");
		payload = Map.copyOf(payload);
	}

	public Partner target() {
		return action.partner();
	}
}
