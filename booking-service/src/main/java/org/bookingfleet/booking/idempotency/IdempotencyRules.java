package org.bookingfleet.booking.idempotency;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Stripe's idempotency semantics as a pure function. {@code lease} is how long a running
 * first request keeps the key to itself; it must outlast the longest answer the service
 * gives, including waiting for the saga to settle.
 */
public record IdempotencyRules(Duration keyLifetime, Duration lease) {

	public static final IdempotencyRules STANDARD = new IdempotencyRules(Duration.ofHours(24), Duration.ofSeconds(30));

	public IdempotencyRules {
		Objects.requireNonNull(keyLifetime, "keyLifetime");
		Objects.requireNonNull(lease, "lease");
	}

	public IdempotencyDecision decide(Optional<IdempotencyRecord> existing, String fingerprint, Instant now) {
		if (existing.isEmpty() || isExpired(existing.get(), now)) {
			return new IdempotencyDecision.Proceed();
		}
		IdempotencyRecord record = existing.get();
		if (!record.fingerprint().equals(fingerprint)) {
			return new IdempotencyDecision.Reused();
		}
		if (record.answer() != null) {
			return new IdempotencyDecision.Replay(record.answer());
		}
		if (now.isBefore(record.claimedAt().plus(lease))) {
			return new IdempotencyDecision.InUse();
		}
		return record.bookingId() != null ? new IdempotencyDecision.Resume(record.bookingId())
				: new IdempotencyDecision.Proceed();
	}

	public boolean isExpired(IdempotencyRecord record, Instant now) {
		return !now.isBefore(record.claimedAt().plus(keyLifetime));
	}

	/**
	 * Server failures are not kept, so the client's retry with the same key runs again.
	 */
	public boolean keepsAnswer(int status) {
		return status < 500;
	}
}
