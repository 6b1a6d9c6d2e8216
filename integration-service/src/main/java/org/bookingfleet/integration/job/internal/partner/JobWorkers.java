package org.bookingfleet.integration.job.internal.partner;

import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;

import org.bookingfleet.integration.IntegrationProperties;
import org.bookingfleet.integration.job.Partner;
import org.bookingfleet.integration.job.internal.store.ClaimedJob;
import org.bookingfleet.integration.job.internal.store.Jobs;
import org.bookingfleet.platform.BackgroundWork;
import org.bookingfleet.platform.LeasedWork;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;

/**
 * One worker per partner, so a slow or failing partner only ever holds its own: the
 * partner's jobs are its {@link LeasedWork}. It claims the partner's due jobs (skipping
 * rows other instances hold) up to the room its bulkhead has left, starts them, and
 * claims again when jobs for the partner were committed (a PostgreSQL notification, from
 * any instance), when its jobs ended and freed half its room if the last claim took all
 * it asked for or a job that others waited for when it was claimed ended (they may be due
 * now), and at the poll interval for jobs that became due by time alone (retries,
 * reminders, expired leases, and a job that began to wait for one already running). While
 * the partner's circuit is open nothing is claimed.
 */
@Component
public class JobWorkers extends BackgroundWork {

	private final Map<Partner, LeasedWork<ClaimedJob>> workers = new EnumMap<>(Partner.class);

	JobWorkers(Jobs jobs, JobRunner runner, PartnerGuards guards, JobWakeUps wakeUps, IntegrationProperties settings,
			Clock clock) {
		super(DEFAULT_PHASE);
		IntegrationProperties.Jobs jobSettings = settings.jobs();
		for (Partner partner : Partner.values()) {
			PartnerGuard guard = guards.of(partner);
			LeasedWork.Lease lease = new LeasedWork.Lease(jobSettings.pollInterval(), jobSettings.lease(),
					jobSettings.batchSize(), guard.capacity());
			LeasedWork.Queue<ClaimedJob> due = (limit, leaseFor) -> jobs.claim(partner, clock.instant(), leaseFor,
					limit);
			this.workers.put(partner,
					new LeasedWork<>(partner + " jobs", lease, due, runner::run,
							() -> guard.acceptsCalls() ? guard.freeCalls() : 0, wakeUps.committed(partner),
							ClaimedJob::awaited));
		}
	}

	/**
	 * Claims and runs one round of due jobs of a partner; answers how many ran once they
	 * are all settled.
	 */
	public Mono<Long> runDue(Partner partner) {
		return this.workers.get(partner).runDue();
	}

	@Override
	protected void begin(Disposable.Composite running) {
		for (LeasedWork<ClaimedJob> worker : this.workers.values()) {
			worker.start();
			running.add(worker::stop);
		}
	}

}
