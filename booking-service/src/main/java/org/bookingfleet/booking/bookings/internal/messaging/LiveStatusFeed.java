package org.bookingfleet.booking.bookings.internal.messaging;

import java.time.Duration;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.NoTransactionException;
import org.springframework.transaction.reactive.TransactionSynchronization;
import org.springframework.transaction.reactive.TransactionSynchronizationManager;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * Status changes of bookings as this instance hears them on the booking topic, whichever
 * instance made them.
 */
@Component
public class LiveStatusFeed {

	private final Sinks.Many<UUID> heard = Sinks.many().multicast().directBestEffort();

	public Mono<Void> heard(UUID bookingId) {
		return Mono
			.fromRunnable(() -> heard.emitNext(bookingId, Sinks.EmitFailureHandler.busyLooping(Duration.ofMillis(50))));
	}

	/**
	 * Tells this instance's listeners of a status change once the transaction writing it
	 * commits, without waiting for the change's event to travel the outbox and the broker
	 * back here; other instances still hear it from the topic. Outside a transaction
	 * nothing is registered (the topic tells).
	 */
	public Mono<Void> tellOnCommit(UUID bookingId) {
		return TransactionSynchronizationManager.forCurrentTransaction()
			.doOnNext(transaction -> transaction.registerSynchronization(new TransactionSynchronization() {
				@Override
				public Mono<Void> afterCommit() {
					return heard(bookingId);
				}
			}))
			.onErrorResume(NoTransactionException.class, outside -> Mono.empty())
			.then();
	}

	/** Subscribe before the change can happen, or it may be missed. */
	public Flux<UUID> of(UUID bookingId) {
		return heard.asFlux().filter(bookingId::equals);
	}

}
