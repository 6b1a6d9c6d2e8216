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
 * One polling loop per partner, so a slow or failing partner only ever holds its own loop. Each tick claims as many
 * of the partner's due jobs as its bulkhead has room for (skipping rows other instances hold) and runs them.
 */
@Component
public class JobWorkers implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(JobWorkers.class);

    /** A new round may start while the slowest job of the last one still runs; row locks keep them apart. */
    private static final int ROUNDS_IN_FLIGHT = 2;

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
        int free = guard.freeCalls();
        if (!guard.acceptsCalls() || free == 0) {
            return Mono.just(0L);
        }
        return jobs.claim(partner, clock.instant(), settings.jobs().lease(), Math.min(free, settings.jobs().batchSize()))
                .flatMap(job -> runner.run(job).thenReturn(job), free)
                .count();
    }

    @Override
    public synchronized void start() {
        for (Partner partner : Partner.values()) {
            loops.add(Flux.interval(settings.jobs().pollInterval())
                    .onBackpressureDrop()
                    .flatMap(tick -> runDue(partner)
                            .onErrorResume(failure -> {
                                log.warn("round of {} jobs failed: {}", partner, failure.toString());
                                return Mono.just(0L);
                            }), ROUNDS_IN_FLIGHT)
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
