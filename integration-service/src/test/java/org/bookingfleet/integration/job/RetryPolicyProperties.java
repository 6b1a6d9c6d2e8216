package org.bookingfleet.integration.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.SplittableRandom;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class RetryPolicyProperties {

	private static final Instant NOW = Instant.parse("2026-03-08T07:30:00Z");

	@Property
	void everyRetryComesWithinTheJitteredBackoff(@ForAll @IntRange(min = 1, max = 9) int maxAttempts,
			@ForAll @IntRange(min = 1, max = 40) int attemptsMade,
			@ForAll @LongRange(min = 1, max = 60_000) long initialMillis,
			@ForAll @DoubleRange(min = 0, max = 0.99) double jitter, @ForAll long seed) {
		RetryPolicy policy = new RetryPolicy(maxAttempts, Duration.ofMillis(initialMillis), Duration.ofMinutes(10),
				jitter);

		RetryDecision decision = policy.afterFailure(attemptsMade, AttemptFailure.transientFailure("timeout"), NOW,
				new SplittableRandom(seed));

		if (attemptsMade >= maxAttempts) {
			assertThat(decision).isInstanceOf(RetryDecision.GiveUp.class);
			return;
		}
		Instant at = ((RetryDecision.RetryAt) decision).at();
		Duration full = policy.backoff(attemptsMade);
		assertThat(at).isAfter(NOW);
		assertThat(at).isBeforeOrEqualTo(NOW.plus(full));
		assertThat(Duration.between(NOW, at).toMillis())
			.isGreaterThanOrEqualTo((long) Math.floor(full.toMillis() * (1 - jitter)));
		assertThat(full).isLessThanOrEqualTo(Duration.ofMinutes(10));
	}

	@Property
	void backoffNeverShrinksAsAttemptsGrow(@ForAll @IntRange(min = 1, max = 100) int attemptsMade,
			@ForAll @LongRange(min = 1, max = 600_000) long initialMillis) {
		RetryPolicy policy = new RetryPolicy(10, Duration.ofMillis(initialMillis), Duration.ofMinutes(10), 0.2);

		assertThat(policy.backoff(attemptsMade + 1)).isGreaterThanOrEqualTo(policy.backoff(attemptsMade));
	}

	@Property
	void aThrottledJobNeverComesBackBeforeItWasToldTo(@ForAll @IntRange(min = 1, max = 4) int attemptsMade,
			@ForAll @LongRange(min = 0, max = 86_400) long retryAfterSeconds, @ForAll long seed) {
		RetryPolicy policy = new RetryPolicy(5, Duration.ofSeconds(1), Duration.ofMinutes(5), 0.5);
		AttemptFailure throttled = AttemptFailure.ofHttpStatus(429, "Too Many Requests",
				Optional.of(Duration.ofSeconds(retryAfterSeconds)));

		RetryDecision decision = policy.afterFailure(attemptsMade, throttled, NOW, new SplittableRandom(seed));

		assertThat(((RetryDecision.RetryAt) decision).at()).isEqualTo(NOW.plusSeconds(retryAfterSeconds));
	}

}
