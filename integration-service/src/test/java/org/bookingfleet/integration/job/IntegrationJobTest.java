package org.bookingfleet.integration.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class IntegrationJobTest {

	private static final Instant NOW = Instant.parse("2026-12-05T15:00:00Z");

	private static final Duration LEASE = Duration.ofSeconds(30);

	private static final RetryPolicy POLICY = new RetryPolicy(5, Duration.ofSeconds(1), Duration.ofMinutes(1), 0.3);

	private static final UUID BOOKING = UUID.fromString("5f0c1d2e-3a4b-4c5d-8e6f-7a8b9c0d1e2f");

	private final SplittableRandom random = new SplittableRandom(7);

	private static IntegrationJob newCalendarJob() {
		JobRequest request = new JobRequest(JobAction.INSERT_CALENDAR_EVENT, BOOKING, "calendar:insert:" + BOOKING,
				Optional.empty(), Map.of("calendarEventId", "bk5f0c"), NOW);
		return IntegrationJob.from(request, UUID.randomUUID(), NOW);
	}

	@Test
	void newJobIsPendingAndDueAtOnce() {
		IntegrationJob job = newCalendarJob();

		assertThat(job.status()).isEqualTo(JobStatus.PENDING);
		assertThat(job.target()).isEqualTo(Partner.GOOGLE_CALENDAR);
		assertThat(job.attempts()).isZero();
		assertThat(job.isClaimableAt(NOW)).isTrue();
	}

	@Test
	void jobAskedForLaterWaitsForItsMoment() {
		JobRequest reminder = new JobRequest(JobAction.SEND_SMS, BOOKING, "reminder:x", Optional.empty(), Map.of(),
				NOW.plus(Duration.ofHours(2)));

		IntegrationJob job = IntegrationJob.from(reminder, UUID.randomUUID(), NOW);

		assertThat(job.isClaimableAt(NOW.plus(Duration.ofMinutes(119)))).isFalse();
		assertThat(job.isClaimableAt(NOW.plus(Duration.ofHours(2)))).isTrue();
	}

	@Test
	void partnerFailingFourTimesThenAnsweringCompletesTheJobOnce() {
		IntegrationJob job = newCalendarJob();
		Instant clock = NOW;
		for (int failure = 1; failure <= 4; failure++) {
			job = job.claimed(clock, LEASE)
				.failed(AttemptFailure.ofHttpStatus(500, "Internal Server Error", Optional.empty()), POLICY, clock,
						random);
			assertThat(job.status()).isEqualTo(JobStatus.PENDING);
			assertThat(job.isClaimableAt(clock)).isFalse();
			clock = job.nextAttemptAt();
		}

		IntegrationJob done = job.claimed(clock, LEASE).succeeded(clock);

		assertThat(done.status()).isEqualTo(JobStatus.SUCCEEDED);
		assertThat(done.attempts()).isEqualTo(5);
		assertThat(done.lastError()).contains("500 Internal Server Error");
		assertThat(done.isClaimableAt(clock.plus(Duration.ofDays(1)))).isFalse();
	}

	@Test
	void jobIsDeadAfterItsLastAttempt() {
		IntegrationJob job = newCalendarJob();
		Instant clock = NOW;
		for (int attempt = 1; attempt <= 5; attempt++) {
			job = job.claimed(clock, LEASE)
				.failed(AttemptFailure.transientFailure("connection refused"), POLICY, clock, random);
			clock = job.nextAttemptAt();
		}

		assertThat(job.status()).isEqualTo(JobStatus.DEAD);
		assertThat(job.attempts()).isEqualTo(5);
		assertThat(job.lastError()).hasValueSatisfying(error -> assertThat(error).contains("connection refused"));
		assertThat(job.isClaimableAt(clock.plus(Duration.ofDays(30)))).isFalse();
	}

	@Test
	void adminRetryGivesADeadJobAFreshSetOfAttempts() {
		IntegrationJob dead = newCalendarJob().claimed(NOW, LEASE)
			.failed(AttemptFailure.permanent("401 Unauthorized"), POLICY, NOW, random);
		Instant later = NOW.plus(Duration.ofHours(3));

		IntegrationJob retried = dead.retried(later).orElseThrow();

		assertThat(retried.status()).isEqualTo(JobStatus.PENDING);
		assertThat(retried.attempts()).isZero();
		assertThat(retried.isClaimableAt(later)).isTrue();
		assertThat(retried.claimed(later, LEASE).succeeded(later).status()).isEqualTo(JobStatus.SUCCEEDED);
	}

	@Test
	void onlyADeadJobCanBeRetriedByAnAdmin() {
		IntegrationJob pending = newCalendarJob();
		IntegrationJob succeeded = pending.claimed(NOW, LEASE).succeeded(NOW);

		assertThat(pending.retried(NOW)).isEmpty();
		assertThat(succeeded.retried(NOW)).isEmpty();
	}

	@Test
	void jobOfAWorkerThatVanishedIsClaimedAgainWhenTheLeaseEnds() {
		IntegrationJob running = newCalendarJob().claimed(NOW, LEASE);

		assertThat(running.isClaimableAt(NOW.plusSeconds(29))).isFalse();
		IntegrationJob reclaimed = running.claimed(NOW.plus(LEASE), LEASE);

		assertThat(reclaimed.status()).isEqualTo(JobStatus.RUNNING);
		assertThat(reclaimed.attempts()).isEqualTo(2);
	}

	@Test
	void jobHeldBackBeforeReachingThePartnerKeepsItsAttempt() {
		IntegrationJob running = newCalendarJob().claimed(NOW, LEASE);

		IntegrationJob released = running.released(NOW, NOW.plusSeconds(1));

		assertThat(released.status()).isEqualTo(JobStatus.PENDING);
		assertThat(released.attempts()).isZero();
		assertThat(released.isClaimableAt(NOW)).isFalse();
		assertThat(released.isClaimableAt(NOW.plusSeconds(1))).isTrue();
	}

	@Test
	void runningJobCannotBeClaimedTwice() {
		IntegrationJob running = newCalendarJob().claimed(NOW, LEASE);

		assertThatThrownBy(() -> running.claimed(NOW.plusSeconds(1), LEASE)).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void pendingJobCanBeCancelledButARunningOneCannot() {
		IntegrationJob pending = newCalendarJob();

		assertThat(pending.cancelled(NOW)).hasValueSatisfying(job -> {
			assertThat(job.status()).isEqualTo(JobStatus.CANCELLED);
			assertThat(job.isClaimableAt(NOW.plus(Duration.ofDays(1)))).isFalse();
		});
		assertThat(pending.claimed(NOW, LEASE).cancelled(NOW)).isEmpty();
	}

}
