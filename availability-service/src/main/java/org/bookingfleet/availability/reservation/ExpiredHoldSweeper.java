package org.bookingfleet.availability.reservation;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Deletes expired holds in the background, with their SlotReleased events. Holds already stop counting when
 * they expire; sweeping keeps the table small and tells the other services.
 */
@Component
class ExpiredHoldSweeper implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ExpiredHoldSweeper.class);
    private static final int BATCH = 500;

    private final Reservations reservations;
    private final Releases releases;
    private final TransactionalOperator transaction;
    private final HoldSettings settings;
    private final Clock clock;
    private volatile Disposable running;

    ExpiredHoldSweeper(Reservations reservations, Releases releases, TransactionalOperator transaction,
                       HoldSettings settings, Clock clock) {
        this.reservations = reservations;
        this.releases = releases;
        this.transaction = transaction;
        this.settings = settings;
        this.clock = clock;
    }

    Mono<Long> sweepOnce() {
        return transaction.transactional(Mono.defer(() -> reservations.releaseExpiredHolds(clock.instant(), BATCH)
                .concatMap(expired -> releases.announce(expired, "HOLD_EXPIRED").thenReturn(1))
                .count()
                .flatMap(slots -> releases.expiredSeatsOf(null, clock.instant()).thenReturn(slots))));
    }

    @Override
    public void start() {
        running = Flux.interval(settings.sweepInterval())
                .onBackpressureDrop()
                .concatMap(tick -> sweepOnce().onErrorResume(failure -> {
                    log.warn("sweeping expired holds failed; trying again at the next tick", failure);
                    return Mono.empty();
                }))
                .subscribe();
    }

    @Override
    public void stop() {
        Disposable current = running;
        if (current != null) {
            current.dispose();
        }
        running = null;
    }

    @Override
    public boolean isRunning() {
        return running != null;
    }
}
