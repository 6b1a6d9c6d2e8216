package org.bookingfleet.platform;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.IntSupplier;
import java.util.function.Predicate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * Work kept in the database and taken up by whichever instance claims it first: a
 * partner's jobs, PaymentIntents to create or cancel at Stripe, refunds to send. Each
 * round claims the items whose turn has come for a lease (the queue pushes their next
 * turn a lease away in the claim's own statement, skipping rows another instance holds),
 * so a crashed instance's items come back when the lease runs out, and starts them
 * without waiting, never more at once than its bulkhead allows. When items end and half
 * the room is free again it claims again at once, if that can find anything: the last
 * claim took all it asked for (more may be waiting), or an item that others wait for
 * ended (they may be due now). Otherwise it claims at its wake-ups and its poll interval
 * (items that became due by time alone: retries, expired leases). A claim after every end
 * found nothing most of the time: 13 claims for 11 partner jobs a booking. A failed item
 * is logged; recording its next turn (backoff) is the performer's part, else its lease
 * brings it back.
 *
 * @param <T> the claimed item
 */
public class LeasedWork<T> extends PeriodicWork {

	private static final Logger log = LoggerFactory.getLogger(LeasedWork.class);

	private final Queue<T> queue;

	private final Function<? super T, ? extends Mono<?>> perform;

	private final Lease lease;

	private final IntSupplier room;

	private final Flux<?> wakeUps;

	private final Predicate<? super T> awaited;

	private final AtomicInteger inFlight = new AtomicInteger();

	/**
	 * Whether the last claim may have left due items behind: it took all it asked for.
	 */
	private final AtomicBoolean mayHaveLeftSome = new AtomicBoolean(true);

	private final Sinks.Many<Boolean> roomFreed = Sinks.many().multicast().directBestEffort();

	/**
	 * @param name what the work is, in log lines
	 * @param lease how often to look, how long a claim holds an item, how many at once
	 * @param queue where the items wait
	 * @param perform what to do with one item
	 * @param room how many more items may start now beside the lease's own bulkhead (0
	 * while the partner's circuit is open, for example)
	 * @param wakeUps signals that items may be due now (notifications of committed work)
	 * @param awaited the items other items wait for, so that their end may make those due
	 */
	public LeasedWork(String name, Lease lease, Queue<T> queue, Function<? super T, ? extends Mono<?>> perform,
			IntSupplier room, Flux<?> wakeUps, Predicate<? super T> awaited) {
		super(name, lease.pollInterval());
		this.queue = queue;
		this.perform = perform;
		this.lease = lease;
		this.room = room;
		this.wakeUps = wakeUps;
		this.awaited = awaited;
	}

	/**
	 * Leased work without wake-ups: any item's end may make others due, so each end that
	 * frees half the room claims again.
	 */
	public LeasedWork(String name, Lease lease, Queue<T> queue, Function<? super T, ? extends Mono<?>> perform) {
		this(name, lease, queue, perform, () -> Integer.MAX_VALUE, Flux.empty(), item -> true);
	}

	/**
	 * Claims what there is room for and starts it; answers how many started, without
	 * waiting for them.
	 */
	@Override
	protected Mono<Long> runOnce() {
		int free = Math.min(Math.min(this.lease.concurrency() - this.inFlight.get(), this.lease.batchSize()),
				this.room.getAsInt());
		// until the claim has answered, an item that ends claims again
		this.mayHaveLeftSome.set(true);
		if (free <= 0) {
			return Mono.just(0L);
		}
		return this.queue.claimDue(free, this.lease.duration())
			.doOnNext(this::start)
			.count()
			.doOnNext(claimed -> this.mayHaveLeftSome.set(claimed >= free));
	}

	/**
	 * Claims one round of due items and performs them, answering how many once they have
	 * all settled (for callers that must know the work is done, such as tests and
	 * operators' commands).
	 */
	public Mono<Long> runDue() {
		int free = Math.min(this.lease.batchSize(), this.room.getAsInt());
		if (free <= 0) {
			return Mono.just(0L);
		}
		return this.queue.claimDue(free, this.lease.duration())
			.flatMap(item -> performLogged(item).thenReturn(item), free)
			.count();
	}

	/** Items started and not yet settled on this instance. */
	public int inFlight() {
		return this.inFlight.get();
	}

	@Override
	protected Flux<?> wakeUps() {
		return Flux.merge(this.wakeUps, this.roomFreed.asFlux());
	}

	private void start(T item) {
		int refillAt = Math.max(1, this.lease.concurrency() / 2);
		this.inFlight.incrementAndGet();
		performLogged(item).doFinally(signal -> {
			if (this.inFlight.decrementAndGet() <= refillAt
					&& (this.mayHaveLeftSome.get() || this.awaited.test(item))) {
				this.roomFreed.tryEmitNext(Boolean.TRUE);
			}
		}).subscribe();
	}

	private Mono<?> performLogged(T item) {
		return Mono.defer(() -> this.perform.apply(item)).onErrorResume(failure -> {
			log.warn("{}: {} failed; it is tried again when its turn comes: {}", name(), item, failure.toString());
			return Mono.empty();
		});
	}

	/**
	 * Where leased items wait: a table whose rows carry their next turn.
	 *
	 * @param <T> the item
	 */
	@FunctionalInterface
	public interface Queue<T> {

		/**
		 * Claims up to {@code limit} items whose turn has come, pushing their next turn
		 * {@code lease} away in the same statement so no other instance claims them
		 * meanwhile (rows another instance is claiming are skipped, not waited for).
		 */
		Flux<T> claimDue(int limit, Duration lease);

	}

	/**
	 * How a leased work runs.
	 *
	 * @param pollInterval how often it looks for due items without being woken
	 * @param duration how long a claim holds an item before another instance may take it
	 * @param batchSize the most items one claim takes
	 * @param concurrency the most items this instance runs at once
	 */
	public record Lease(Duration pollInterval, Duration duration, int batchSize, int concurrency) {

		public Lease {
			if (batchSize < 1 || concurrency < 1) {
				throw new IllegalArgumentException("a lease takes at least one item at a time");
			}
		}

	}

}
