package org.bookingfleet.integration.job.internal.partner;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.random.RandomGenerator;

import org.bookingfleet.events.EventCodec;
import org.bookingfleet.events.EventEnvelope;
import org.bookingfleet.events.Topics;
import org.bookingfleet.events.integration.IntegrationFailed;
import org.bookingfleet.integration.IntegrationProperties;
import org.bookingfleet.integration.job.AttemptFailure;
import org.bookingfleet.integration.job.IntegrationJob;
import org.bookingfleet.integration.job.JobStatus;
import org.bookingfleet.integration.job.RetryPolicy;
import org.bookingfleet.integration.job.internal.store.ClaimedJob;
import org.bookingfleet.integration.job.internal.store.Jobs;
import org.bookingfleet.platform.outbox.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Runs one claimed job and records how it went: the job's new state, the rows and the
 * events of its effect commit together (a new state alone, or with the message the job
 * sent, is one statement, its own transaction: no BEGIN and COMMIT around it); a
 * withdrawn job takes the jobs waiting for it along, as they can never run now. A job
 * whose lease ran out and was claimed again elsewhere is not overwritten: the guarded
 * update matches nothing and this worker's outcome is dropped.
 */
@Component
public class JobRunner {

	private static final Logger log = LoggerFactory.getLogger(JobRunner.class);

	private static final java.time.Duration HELD_BACK_PAUSE = java.time.Duration.ofSeconds(1);

	private final PartnerCalls partnerCalls;

	private final Jobs jobs;

	private final Outbox outbox;

	private final EventCodec codec;

	private final TransactionalOperator transaction;

	private final RetryPolicy retryPolicy;

	private final Clock clock;

	private final RandomGenerator random = RandomGenerator.getDefault();

	JobRunner(PartnerCalls partnerCalls, Jobs jobs, Outbox outbox, EventCodec codec, TransactionalOperator transaction,
			IntegrationProperties settings, Clock clock) {
		this.partnerCalls = partnerCalls;
		this.jobs = jobs;
		this.outbox = outbox;
		this.codec = codec;
		this.transaction = transaction;
		this.retryPolicy = settings.jobs().retryPolicy();
		this.clock = clock;
	}

	/**
	 * Runs the job and settles it; never fails. When its outcome cannot be recorded (the
	 * transaction of the effect's rows and events rolls back), the attempt counts as
	 * failed with that error, like a failed call. Only when even that cannot be written
	 * (the database is away) the job stays RUNNING, and its lease brings it back.
	 */
	public Mono<Void> run(ClaimedJob claim) {
		IntegrationJob claimed = claim.job();
		return Mono.defer(() -> partnerCalls.perform(claim))
			.onErrorResume(failure -> (PartnerFailures.heldBack(failure) ? heldBack(claimed)
					: failed(claimed, PartnerFailures.classify(failure, clock.instant())))
				.then(Mono.empty()))
			.flatMap(outcome -> settle(claimed, outcome)
				.onErrorResume(failure -> failed(claimed, UnrecordedOutcomes.classify(failure))))
			.onErrorResume(failure -> {
				log.error("job {} {}: its outcome could not be written, its lease ends at {}: {}", claimed.id(),
						claimed.action(), claimed.nextAttemptAt(), failure.toString());
				return Mono.empty();
			});
	}

	private Mono<Void> settle(IntegrationJob claimed, JobOutcome outcome) {
		Instant now = clock.instant();
		if (outcome instanceof JobOutcome.Withdrawn withdrawn) {
			log.info("job {} {} withdrawn: {}", claimed.id(), claimed.action(), withdrawn.reason());
			return transaction.transactional(
					jobs.settle(claimed.withdrawn(now), JobStatus.RUNNING, claimed.attempts(), Optional.empty())
						.filter(settled -> settled)
						.flatMap(settled -> jobs.cancelWaitingAfter(claimed.bookingId(), claimed.dedupeKey(), now))
						.then());
		}
		JobOutcome.Done done = (JobOutcome.Done) outcome;
		IntegrationJob succeeded = claimed.succeeded(now);
		Mono<Boolean> marked = done.message()
			.map(message -> jobs.settleSent(succeeded, JobStatus.RUNNING, claimed.attempts(), done.result(), message))
			.orElseGet(() -> jobs.settle(succeeded, JobStatus.RUNNING, claimed.attempts(), done.result()));
		if (done.events().isEmpty() && done.records().isEmpty()) {
			return marked.then();
		}
		Mono<Void> recorded = marked.filter(settled -> settled)
			.flatMap(settled -> Flux.concat(done.records())
				.thenMany(Flux.fromIterable(done.events()).concatMap(event -> outbox.append(event)))
				.then());
		return transaction.transactional(recorded);
	}

	private Mono<Void> heldBack(IntegrationJob claimed) {
		Instant now = clock.instant();
		return jobs
			.settle(claimed.released(now, now.plus(HELD_BACK_PAUSE)), JobStatus.RUNNING, claimed.attempts(),
					Optional.empty())
			.then();
	}

	private Mono<Void> failed(IntegrationJob claimed, AttemptFailure failure) {
		IntegrationJob next = claimed.failed(failure, retryPolicy, clock.instant(), random);
		Mono<Boolean> settled = jobs.settle(next, JobStatus.RUNNING, claimed.attempts(), Optional.empty());
		if (next.status() != JobStatus.DEAD) {
			log.info("job {} {} attempt {} failed, next at {}: {}", claimed.id(), claimed.action(), claimed.attempts(),
					next.nextAttemptAt(), failure.message());
			return settled.then();
		}
		log.warn("job {} {} is dead after {} attempts: {}", claimed.id(), claimed.action(), next.attempts(),
				next.lastError().orElse(""));
		IntegrationFailed event = new IntegrationFailed(next.id(), next.bookingId(), next.target().name(),
				next.action().name(), next.attempts(), next.lastError().orElse(""));
		return transaction.transactional(settled.filter(ok -> ok).flatMap(ok -> {
			EventEnvelope deadLetter = codec.envelope(event, next.bookingId().toString(), 0);
			return outbox.append(event).then(outbox.append(deadLetter, Topics.deadLetters(Topics.INTEGRATION)));
		}));
	}

}
