package org.bookingfleet.integration.job.worker;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.bookingfleet.integration.job.Partner;
import org.bookingfleet.integration.job.store.Jobs;
import org.bookingfleet.integration.partner.PartnerGuard;
import org.bookingfleet.integration.partner.PartnerGuards;
import org.bookingfleet.integration.settings.IntegrationProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * One polling loop per partner, so a slow or failing partner only ever holds its own loop. Each tick claims the
 * partner's due jobs (skipping rows other instances hold) and runs them at most as many at once as its bulkhead lets.
 */
@Component
public class JobWorkers implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(JobWorkers.class);

    private final Jobs jobs;
    private final JobRunner runner;
    private final PartnerGuards guards;
    private final IntegrationProperties settings;
    private final Clock clock;
    private final List<Disposable> loops = new ArrayList<>();

    JobWorkers(Jobs jobs, JobRunner runner, PartnerGuards guards, IntegrationProperties settings, Clock clock) {
        this.jobs = jobs;
        this.runner = runner;
        this.guards = guards;
        this.settings = settings;
        this.clock = clock;
    }

    /** Claims and runs one round of due jobs of a partner; answers how many ran once they are all settled. */
    public Mono<Long> runDue(Partner partner) {
        PartnerGuard guard = guards.of(partner);
        if (!guard.acceptsCalls()) {
            return Mono.just(0L);
        }
        int concurrency = settings.resilienceOf(partner).maxConcurrentCalls();
        return jobs.claim(partner, clock.instant(), settings.jobs().lease(), settings.jobs().batchSize())
                .flatMap(job -> runner.run(job).thenReturn(job), concurrency)
                .count();
    }

    @Override
    public synchronized void start() {
        for (Partner partner : Partner.values()) {
            loops.add(Flux.interval(settings.jobs().pollInterval())
                    .onBackpressureDrop()
                    .concatMap(tick -> runDue(partner)
                            .onErrorResume(failure -> {
                                log.warn("round of {} jobs failed: {}", partner, failure.toString());
                                return Mono.just(0L);
                            }), 1)
                    .subscribe());
        }
    }

    @Override
    public synchronized void stop() {
        loops.forEach(Disposable::dispose);
        loops.clear();
    }

    @Override
    public synchronized boolean isRunning() {
        return !loops.isEmpty();
    }
}
