package org.bookingfleet.integration.job;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * When a failed job is tried again: exponential backoff from {@code initialDelay}, capped
 * at {@code maxDelay}, shortened by up to {@code jitter} (a fraction) so that jobs
 * failing together do not retry together. A partner's Retry-After wins over the backoff,
 * and is never shortened.
 */
public record RetryPolicy(int maxAttempts, Duration initialDelay, Duration maxDelay, double jitter) {

	public RetryPolicy {
		if (maxAttempts < 1) {
			throw new IllegalArgumentException("maxAttempts must be at least 1");
		}
		Objects.requireNonNull(initialDelay, "initialDelay");
		Objects.requireNonNull(maxDelay, "maxDelay");
		if (initialDelay.isNegative() || initialDelay.isZero() || maxDelay.compareTo(initialDelay) < 0) {
			throw new IllegalArgumentException("need 0 < initialDelay <= maxDelay");
		}
		if (jitter < 0 || jitter >= 1) {
			throw new IllegalArgumentException("jitter must be in [0, 1)");
		}
	}

	/**
	 * @param attemptsMade attempts so far, the failed one included
	 */
	public RetryDecision afterFailure(int attemptsMade, AttemptFailure failure, Instant now, RandomGenerator random) {
		if (failure.kind() == AttemptFailure.Kind.PERMANENT) {
			return new RetryDecision.GiveUp("permanent failure: " + failure.message());
		}
		if (attemptsMade >= maxAttempts) {
			return new RetryDecision.GiveUp("gave up after " + attemptsMade + " attempts: " + failure.message());
		}
		Duration wait = failure.retryAfter().orElseGet(() -> jittered(backoff(attemptsMade), random));
		return new RetryDecision.RetryAt(now.plus(wait));
	}

	/** The delay before attempt {@code attemptsMade + 1}, before jitter. */
	public Duration backoff(int attemptsMade) {
		int doublings = Math.max(0, attemptsMade - 1);
		if (doublings >= 62) {
			return maxDelay;
		}
		long millis = initialDelay.toMillis();
		long factor = 1L << doublings;
		if (millis > maxDelay.toMillis() / factor) {
			return maxDelay;
		}
		return Duration.ofMillis(millis * factor);
	}

	private Duration jittered(Duration delay, RandomGenerator random) {
		double keep = 1 - jitter * random.nextDouble();
		return Duration.ofMillis(Math.max(1, Math.round(delay.toMillis() * keep)));
	}
}
