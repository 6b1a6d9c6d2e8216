package org.bookingfleet.platform;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Predicate;

import reactor.core.publisher.Mono;
import reactor.util.context.Context;

/**
 * Answers of a store that change rarely, kept in memory for a time to live: a value or an
 * absence is kept, a failure is not. Readers of a key asking at the same moment share one
 * lookup, which runs outside the caller's transaction so that what is kept never depends
 * on one caller's uncommitted writes. The instance that writes a key forgets it once the
 * write commits; other instances see the write when the time to live is over. At most
 * {@code maxEntries} keys are kept: reaching it forgets them all.
 */
public final class KeptReads<K, V> {

	private final Duration timeToLive;

	private final int maxEntries;

	private final Map<K, Mono<V>> kept = new ConcurrentHashMap<>();

	public KeptReads(Duration timeToLive, int maxEntries) {
		this.timeToLive = timeToLive;
		this.maxEntries = maxEntries;
	}

	/** The kept answer for the key, else the lookup's, which is then kept. */
	public Mono<V> get(K key, Function<K, Mono<V>> lookup) {
		if (timeToLive.isZero()) {
			return lookup.apply(key);
		}
		Mono<V> answer = kept.get(key);
		if (answer != null) {
			return answer;
		}
		if (kept.size() >= maxEntries) {
			kept.clear();
		}
		return kept.computeIfAbsent(key, missing -> lookedUp(missing, lookup));
	}

	/**
	 * The lookup's answer, shared and kept; a failed one leaves the map at once, so that
	 * the next reader looks up afresh.
	 */
	private Mono<V> lookedUp(K key, Function<K, Mono<V>> lookup) {
		AtomicReference<Mono<V>> self = new AtomicReference<>();
		Mono<V> answer = lookup.apply(key)
			.contextWrite(context -> Context.empty())
			.doOnError(failure -> kept.remove(key, self.get()))
			.cache(value -> timeToLive, failure -> Duration.ZERO, () -> timeToLive);
		self.set(answer);
		return answer;
	}

	public void forget(K key) {
		kept.remove(key);
	}

	/**
	 * Forgets the key once the caller's writes are committed: a reader between the write
	 * and its commit would otherwise keep what was there before.
	 */
	public Mono<Void> forgetOnCommit(K key) {
		return AfterCommit.run(() -> forget(key));
	}

	public void forgetIf(Predicate<K> which) {
		kept.keySet().removeIf(which);
	}

	public void forgetAll() {
		kept.clear();
	}

}
