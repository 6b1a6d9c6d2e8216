package org.bookingfleet.booking.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * {@code changes} is a JSON object of what changed, written by the use case that made the
 * change.
 */
public record AuditEntry(UUID bookingId, String action, String fromStatus, String toStatus, Origin origin,
		String changes, Instant occurredAt) {
}
