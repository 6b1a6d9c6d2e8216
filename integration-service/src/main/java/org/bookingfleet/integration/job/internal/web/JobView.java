package org.bookingfleet.integration.job.internal.web;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.bookingfleet.integration.job.IntegrationJob;

public record JobView(UUID id, String partner, String action, UUID bookingId, String status, int attempts,
		Instant nextAttemptAt, String lastError, Map<String, String> payload, Instant createdAt, Instant updatedAt) {

	static JobView of(IntegrationJob job) {
		return new JobView(job.id(), job.target().name(), job.action().name(), job.bookingId(), job.status().name(),
				job.attempts(), job.nextAttemptAt(), job.lastError().orElse(null), job.payload(), job.createdAt(),
				job.updatedAt());
	}
}
