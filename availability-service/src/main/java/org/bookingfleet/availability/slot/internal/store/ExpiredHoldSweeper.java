package org.bookingfleet.availability.slot.internal.store;

import java.time.Clock;

import org.bookingfleet.platform.PeriodicWork;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Deletes expired holds in the background, with their SlotReleased events. Holds already
 * stop counting when they expire; sweeping keeps the table small and tells the other
 * services.
 */
@Component
class ExpiredHoldSweeper extends PeriodicWork {

	private static final int BATCH = 500;

	private final Reservations reservations;

	private final SlotReleases releases;

	private final TransactionalOperator transaction;

	private final HoldSettings settings;

	private final Clock clock;

	ExpiredHoldSweeper(Reservations reservations, SlotReleases releases, TransactionalOperator transaction,
			HoldSettings settings, Clock clock) {
		super("sweeping expired holds", settings.sweepInterval());
		this.reservations = reservations;
		this.releases = releases;
		this.transaction = transaction;
		this.settings = settings;
		this.clock = clock;
	}

	@Override
	protected Mono<Long> runOnce() {
		return sweepOnce();
	}

	Mono<Long> sweepOnce() {
		return transaction.transactional(Mono.defer(() -> reservations.releaseExpiredHolds(clock.instant(), BATCH)
			.concatMap(expired -> releases.announce(expired, "HOLD_EXPIRED").thenReturn(1))
			.count()
			.flatMap(slots -> releases.expiredSeatsOf(null, clock.instant()).thenReturn(slots))));
	}

}
