package org.bookingfleet.integration.job.worker;

import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.bookingfleet.integration.job.IntegrationJob;
import org.bookingfleet.integration.job.Partner;
import org.bookingfleet.integration.job.store.Jobs;
import org.bookingfleet.integration.partner.PartnerGuard;
import org.bookingfleet.integration.partner.PartnerGuards;
import org.bookingfleet.integration.settings.IntegrationProperties;
import org.bookingfleet.platform.BackgroundWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * One worker per partner, so a slow or failing partner only ever holds its own. A worker
 * claims the partner's due jobs (skipping rows other instances hold) up to the room its
 * bulkhead has left, starts them, and claims again when woken: when jobs for the partner
 * were committed (a PostgreSQL notification, from any instance), when its jobs ended and
 * freed half its room (and the jobs that run after them may be due), and at the poll
 * interval as a fallback for jobs that became due by time alone (retries, reminders,
 * expired leases). Wake-ups that come while a claim runs are merged into one more claim.
 * While the partner's circuit is open nothing is claimed.
 */
@Component
public class JobWorkers extends BackgroundWork {

	private static final Logger log = LoggerFactory.getLogger(JobWorkers.class);

	private final Jobs jobs;

	private final JobRunner runner;

	private final PartnerGuards guards;

	private final JobWakeUps wakeUps;

	private final IntegrationProperties settings;

	private final Clock clock;

	private final Map<Partner, AtomicInteger> running = new EnumMap<>(Partner.class);

	JobWorkers(Jobs jobs, JobRunner runner, PartnerGuards guards, JobWakeUps wakeUps, IntegrationProperties settings,
			Clock clock) {
		super(DEFAULT_PHASE);
		this.jobs = jobs;
		this.runner = runner;
		this.guards = guards;
		this.wakeUps = wakeUps;
		this.settings = settings;
		this.clock = clock;
		for (Partner partner : Partner.values()) {
			running.put(partner, new AtomicInteger());
		}
	}

	/**
	 * Claims and runs one round of due jobs of a partner; answers how many ran once they
	 * are all settled.
	 */
	public Mono<Long> runDue(Partner partner) {
		PartnerGuard guard = guards.of(partner);
		int free = guard.freeCalls();
		if (!guard.acceptsCalls() || free == 0) {
			return Mono.just(0L);
		}
		return jobs
			.claim(partner, clock.instant(), settings.jobs().lease(), Math.min(free, settings.jobs().batchSize()))
			.flatMap(job -> runner.run(job).thenReturn(job), free)
			.count();
	}

	@Override
	protected void begin(Disposable.Composite work) {
		Flux<Partner> woken = wakeUps.all().share();
		for (Partner partner : Partner.values()) {
			Flux<Object> ticks = Flux.merge(Flux.interval(settings.jobs().pollInterval()).onBackpressureDrop(),
					woken.filter(partner::equals));
			work.add(ticks.onBackpressureLatest().concatMap(tick -> startDue(partner).onErrorResume(failure -> {
				log.warn("claiming {} jobs failed, the next wake-up tries again: {}", partner, failure.toString());
				return Mono.empty();
			}), 1).subscribe());
		}
	}

	/**
	 * Claims what the partner has room for and starts it; answers how many started,
	 * without waiting for them.
	 */
	private Mono<Long> startDue(Partner partner) {
		PartnerGuard guard = guards.of(partner);
		AtomicInteger inFlight = running.get(partner);
		int room = Math.min(guard.capacity() - inFlight.get(), settings.jobs().batchSize());
		if (!guard.acceptsCalls() || room <= 0) {
			return Mono.just(0L);
		}
		return jobs.claim(partner, clock.instant(), settings.jobs().lease(), room)
			.doOnNext(job -> start(partner, job, inFlight))
			.count();
	}

	/**
	 * Runs the job on its own; when it ends and the partner has half its room or more
	 * free again, the worker claims (in batches, not one claim per ended job; new jobs
	 * wake it by their notification anyway).
	 */
	private void start(Partner partner, IntegrationJob job, AtomicInteger inFlight) {
		int refillBelow = Math.max(1, guards.of(partner).capacity() / 2);
		inFlight.incrementAndGet();
		runner.run(job).doFinally(signal -> {
			if (inFlight.decrementAndGet() <= refillBelow) {
				wakeUps.wake(partner);
			}
		}).subscribe();
	}

}
