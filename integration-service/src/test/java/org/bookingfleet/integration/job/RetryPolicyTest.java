package org.bookingfleet.integration.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.random.RandomGenerator;

import org.junit.jupiter.api.Test;

class RetryPolicyTest {

	private static final Instant NOW = Instant.parse("2026-12-05T15:00:00Z");

	private static final RetryPolicy POLICY = new RetryPolicy(5, Duration.ofSeconds(2), Duration.ofMinutes(5), 0.5);

	/** Always draws the same fraction, so the jitter is known. */
	private static RandomGenerator fixed(double fraction) {
		return new RandomGenerator() {
			@Override
			public long nextLong() {
				return 0;
			}

			@Override
			public double nextDouble() {
				return fraction;
			}
		};
	}

	@Test
	void delayDoublesWithEveryFailedAttempt() {
		assertThat(POLICY.backoff(1)).isEqualTo(Duration.ofSeconds(2));
		assertThat(POLICY.backoff(2)).isEqualTo(Duration.ofSeconds(4));
		assertThat(POLICY.backoff(3)).isEqualTo(Duration.ofSeconds(8));
		assertThat(POLICY.backoff(4)).isEqualTo(Duration.ofSeconds(16));
	}

	@Test
	void delayStopsGrowingAtTheCap() {
		assertThat(POLICY.backoff(9)).isEqualTo(Duration.ofMinutes(5));
		assertThat(POLICY.backoff(200)).isEqualTo(Duration.ofMinutes(5));
	}

	@Test
	void jitterShortensTheDelayByUpToItsFraction() {
		AttemptFailure failure = AttemptFailure.transientFailure("500 Internal Server Error");

		RetryDecision withoutShortening = POLICY.afterFailure(3, failure, NOW, fixed(0.0));
		RetryDecision halfShortened = POLICY.afterFailure(3, failure, NOW, fixed(0.999_999));

		assertThat(withoutShortening).isEqualTo(new RetryDecision.RetryAt(NOW.plusSeconds(8)));
		assertThat(halfShortened).isEqualTo(new RetryDecision.RetryAt(NOW.plusSeconds(4)));
	}

	@Test
	void retryAfterOfThePartnerIsWaitedExactly() {
		AttemptFailure throttled = AttemptFailure.ofHttpStatus(429, "Too Many Requests",
				Optional.of(Duration.ofSeconds(37)));

		assertThat(POLICY.afterFailure(1, throttled, NOW, fixed(0.9)))
			.isEqualTo(new RetryDecision.RetryAt(NOW.plusSeconds(37)));
	}

	@Test
	void retryAfterLongerThanTheCapIsStillHonoured() {
		AttemptFailure throttled = AttemptFailure.ofHttpStatus(503, "Service Unavailable",
				Optional.of(Duration.ofMinutes(30)));

		assertThat(POLICY.afterFailure(2, throttled, NOW, fixed(0.5)))
			.isEqualTo(new RetryDecision.RetryAt(NOW.plus(Duration.ofMinutes(30))));
	}

	@Test
	void jobGivesUpAfterTheLastAttempt() {
		RetryDecision decision = POLICY.afterFailure(5, AttemptFailure.transientFailure("502"), NOW, fixed(0.5));

		assertThat(decision).isInstanceOf(RetryDecision.GiveUp.class);
		assertThat(((RetryDecision.GiveUp) decision).reason()).contains("5 attempts").contains("502");
	}

	@Test
	void permanentFailureGivesUpAtOnce() {
		AttemptFailure badRequest = AttemptFailure.ofHttpStatus(400, "Bad Request", Optional.empty());

		assertThat(POLICY.afterFailure(1, badRequest, NOW, fixed(0.5))).isInstanceOf(RetryDecision.GiveUp.class);
	}

	@Test
	void serverErrorsAndRequestTimeoutsAreWorthRetrying() {
		assertThat(AttemptFailure.ofHttpStatus(500, "", Optional.empty()).kind())
			.isEqualTo(AttemptFailure.Kind.TRANSIENT);
		assertThat(AttemptFailure.ofHttpStatus(408, "", Optional.empty()).kind())
			.isEqualTo(AttemptFailure.Kind.TRANSIENT);
		assertThat(AttemptFailure.ofHttpStatus(429, "", Optional.empty()).kind())
			.isEqualTo(AttemptFailure.Kind.THROTTLED);
		assertThat(AttemptFailure.ofHttpStatus(404, "", Optional.empty()).kind())
			.isEqualTo(AttemptFailure.Kind.PERMANENT);
	}

	@Test
	void policyRejectsAJitterThatCouldCancelTheDelay() {
		assertThatThrownBy(() -> new RetryPolicy(3, Duration.ofSeconds(1), Duration.ofSeconds(10), 1.0))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
