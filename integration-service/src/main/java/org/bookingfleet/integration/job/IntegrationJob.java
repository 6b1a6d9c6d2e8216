package org.bookingfleet.integration.job;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.random.RandomGenerator;

/**
 * One durable side effect of a booking. A claim counts as an attempt and holds the job
 * for a lease: a worker that dies mid-call leaves a RUNNING job whose lease runs out, and
 * another worker takes it.
 */
public record IntegrationJob(UUID id, JobAction action, UUID bookingId, String dedupeKey, Optional<String> after,
		Map<String, String> payload, JobStatus status, int attempts, Instant nextAttemptAt, Optional<String> lastError,
		Instant createdAt, Instant updatedAt) {

	public IntegrationJob {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(action, "action");
		Objects.requireNonNull(bookingId, "bookingId");
		Objects.requireNonNull(dedupeKey, "dedupeKey");
		Objects.requireNonNull(after, "after");
		Objects.requireNonNull(status, "status");
		Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
		Objects.requireNonNull(lastError, "lastError");
		payload = Map.copyOf(payload);
		if (attempts < 0) {
			throw new IllegalArgumentException("attempts cannot be negative");
		}
	}

	public static IntegrationJob from(JobRequest request, UUID id, Instant now) {
		Instant first = request.notBefore().isAfter(now) ? request.notBefore() : now;
		return new IntegrationJob(id, request.action(), request.bookingId(), request.dedupeKey(), request.after(),
				request.payload(), JobStatus.PENDING, 0, first, Optional.empty(), now, now);
	}

	public Partner target() {
		return action.partner();
	}

	public boolean isClaimableAt(Instant now) {
		return (status == JobStatus.PENDING || status == JobStatus.RUNNING) && !nextAttemptAt.isAfter(now);
	}

	public IntegrationJob claimed(Instant now, Duration lease) {
		if (!isClaimableAt(now)) {
			throw new IllegalStateException("job " + id + " is not claimable: " + status + " until " + nextAttemptAt);
		}
		return with(JobStatus.RUNNING, attempts + 1, now.plus(lease), lastError, now);
	}

	public IntegrationJob succeeded(Instant now) {
		requireRunning();
		return with(JobStatus.SUCCEEDED, attempts, now, lastError, now);
	}

	public IntegrationJob failed(AttemptFailure failure, RetryPolicy policy, Instant now, RandomGenerator random) {
		requireRunning();
		Optional<String> error = Optional.of(failure.message());
		RetryDecision decision = policy.afterFailure(attempts, failure, now, random);
		if (decision instanceof RetryDecision.RetryAt retry) {
			return with(JobStatus.PENDING, attempts, retry.at(), error, now);
		}
		return with(JobStatus.DEAD, attempts, now, Optional.of(((RetryDecision.GiveUp) decision).reason()), now);
	}

	/**
	 * An admin's retry of a dead job: a fresh set of attempts, due now. Empty when the
	 * job is not dead.
	 */
	public Optional<IntegrationJob> retried(Instant now) {
		if (status != JobStatus.DEAD) {
			return Optional.empty();
		}
		return Optional.of(with(JobStatus.PENDING, 0, now, lastError, now));
	}

	/** Empty when the job already ran to an end or is in a partner's hands right now. */
	public Optional<IntegrationJob> cancelled(Instant now) {
		if (status != JobStatus.PENDING && status != JobStatus.DEAD) {
			return Optional.empty();
		}
		return Optional.of(with(JobStatus.CANCELLED, attempts, now, lastError, now));
	}

	/**
	 * Gives back a claimed job that never reached its partner (our own bulkhead or open
	 * circuit held it back): the attempt does not count, and the job is due again at
	 * {@code nextAttempt}.
	 */
	public IntegrationJob released(Instant now, Instant nextAttempt) {
		requireRunning();
		return with(JobStatus.PENDING, attempts - 1, nextAttempt, lastError, now);
	}

	/**
	 * A running job whose effect is no longer wanted, such as a reminder of a booking
	 * cancelled meanwhile.
	 */
	public IntegrationJob withdrawn(Instant now) {
		requireRunning();
		return with(JobStatus.CANCELLED, attempts, now, lastError, now);
	}

	private void requireRunning() {
		if (status != JobStatus.RUNNING) {
			throw new IllegalStateException("job " + id + " is not running but " + status);
		}
	}

	private IntegrationJob with(JobStatus newStatus, int newAttempts, Instant next, Optional<String> error,
			Instant now) {
		return new IntegrationJob(id, action, bookingId, dedupeKey, after, payload, newStatus, newAttempts, next, error,
				createdAt, now);
	}
}
