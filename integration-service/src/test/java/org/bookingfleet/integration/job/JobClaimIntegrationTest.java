package org.bookingfleet.integration.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;

import org.bookingfleet.integration.WithPartners;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

class JobClaimIntegrationTest extends WithPartners {

	private static final int JOBS = 400;

	private static final int INSTANCES = 8;

	/** One instance's worker: claims rounds of ten until a round comes back empty. */
	private Flux<UUID> claimUntilNoneLeft(UUID bookingId) {
		return jobs.claim(Partner.MESSAGING, clock.instant(), Duration.ofMinutes(5), 10)
			.collectList()
			.expand(round -> round.isEmpty() ? Mono.empty()
					: jobs.claim(Partner.MESSAGING, clock.instant(), Duration.ofMinutes(5), 10).collectList())
			.flatMapIterable(round -> round)
			.filter(job -> job.bookingId().equals(bookingId))
			.map(IntegrationJob::id);
	}

	@Test
	void instancesClaimingAtTheSameTimeNeverTakeTheSameJob() {
		UUID bookingId = UUID.randomUUID();
		List<JobRequest> requests = IntStream.range(0, JOBS)
			.mapToObj(i -> new JobRequest(JobAction.SEND_SMS, bookingId, "claim-test:" + bookingId + ":" + i,
					Optional.empty(), Map.of("message", "CONFIRMATION"), clock.instant()))
			.toList();
		jobs.add(requests, clock.instant()).block(Duration.ofSeconds(60));

		List<UUID> claimed = Flux.range(0, INSTANCES)
			.flatMap(instance -> claimUntilNoneLeft(bookingId), INSTANCES)
			.collectList()
			.block(Duration.ofSeconds(120));

		assertThat(claimed).doesNotHaveDuplicates();
		// The service's own workers claim alongside; whoever took a job, it was taken
		// exactly once.
		assertThat(jobsOf(bookingId)).hasSize(JOBS).allSatisfy(job -> assertThat(job.attempts()).isEqualTo(1));
	}

	@Test
	void jobWaitsUntilTheJobItRunsAfterHasSucceeded() {
		UUID bookingId = UUID.randomUUID();
		JobRequest contact = new JobRequest(JobAction.UPSERT_CONTACT, bookingId, "claim-test:contact:" + bookingId,
				Optional.empty(), Map.of(), clock.instant().plus(Duration.ofDays(3650)));
		JobRequest tag = new JobRequest(JobAction.TAG_CONTACT, bookingId, "claim-test:tag:" + bookingId,
				Optional.of(contact.dedupeKey()), Map.of("tags", "x"), clock.instant());
		jobs.add(List.of(contact, tag), clock.instant()).block(Duration.ofSeconds(10));

		List<IntegrationJob> claimed = jobs.claim(Partner.GOHIGHLEVEL, clock.instant(), Duration.ofMinutes(1), 100)
			.collectList()
			.block(Duration.ofSeconds(10));

		assertThat(claimed).noneMatch(job -> job.bookingId().equals(bookingId));
		assertThat(jobsOf(bookingId)).allSatisfy(job -> assertThat(job.attempts()).isZero());
	}

}
