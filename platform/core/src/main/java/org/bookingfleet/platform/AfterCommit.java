package org.bookingfleet.platform;

import org.springframework.transaction.NoTransactionException;
import org.springframework.transaction.reactive.TransactionSynchronization;
import org.springframework.transaction.reactive.TransactionSynchronizationManager;
import reactor.core.publisher.Mono;

/**
 * Something to do once what the caller writes is committed: after its transaction
 * commits, or at once when it runs in none (its writes are committed already).
 */
public final class AfterCommit {

	private AfterCommit() {
	}

	public static Mono<Void> run(Runnable action) {
		return TransactionSynchronizationManager.forCurrentTransaction()
			.doOnNext(transaction -> transaction.registerSynchronization(new TransactionSynchronization() {
				@Override
				public Mono<Void> afterCommit() {
					return Mono.fromRunnable(action);
				}
			}))
			.then()
			.onErrorResume(NoTransactionException.class, outside -> Mono.fromRunnable(action));
	}

}
