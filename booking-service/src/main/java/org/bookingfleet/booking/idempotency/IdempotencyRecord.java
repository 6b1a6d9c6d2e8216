package org.bookingfleet.booking.idempotency;

import java.time.Instant;
import java.util.Objects;

/**
 * A claimed key. {@code bookingId} is written in the same transaction as the booking, so
 * a request that died after its booking committed is resumed rather than run twice;
 * {@code answer} is written once the client was answered.
 */
public record IdempotencyRecord(String key, String fingerprint, Instant claimedAt, String bookingId,
		StoredAnswer answer) {

	public IdempotencyRecord {
		Objects.requireNonNull(key, "key");
		Objects.requireNonNull(fingerprint, "fingerprint");
		Objects.requireNonNull(claimedAt, "claimedAt");
	}
}
