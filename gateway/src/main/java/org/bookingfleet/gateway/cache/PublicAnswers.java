package org.bookingfleet.gateway.cache;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiPredicate;

/**
 * The public answers the gateway keeps in memory, by path and query: a bounded number of
 * them, each until it is no longer fresh or until a change makes it wrong. When full, the
 * stale ones go first, then any one: a miss costs a call to the service, nothing more.
 * <p>
 * An answer is kept only if nothing was forgotten between the moment its request left for
 * the service ({@link #changes()}) and the moment it came back: the service may have read
 * its data before the change that made the gateway forget, so an answer in flight then is
 * passed on and not kept.
 */
public class PublicAnswers {

	private final Map<String, KeptAnswer> kept = new ConcurrentHashMap<>();

	private final AtomicLong changes = new AtomicLong();

	private final int capacity;

	private final Clock clock;

	public PublicAnswers(int capacity, Clock clock) {
		this.capacity = capacity;
		this.clock = clock;
	}

	/** The fresh answer kept for this path and query, or null. */
	public KeptAnswer fresh(String key) {
		KeptAnswer answer = this.kept.get(key);
		if (answer == null) {
			return null;
		}
		if (!answer.isFreshAt(this.clock.instant())) {
			this.kept.remove(key, answer);
			return null;
		}
		return answer;
	}

	/** How many times answers were forgotten so far: read it before a request leaves. */
	public long changes() {
		return this.changes.get();
	}

	/**
	 * Keeps the answer to a request that left when {@link #changes()} read
	 * {@code changesWhenAsked}, unless something was forgotten since.
	 */
	public void keep(String key, KeptAnswer answer, long changesWhenAsked) {
		if (this.changes.get() != changesWhenAsked) {
			return;
		}
		if (this.kept.size() >= this.capacity && !this.kept.containsKey(key)) {
			makeRoom();
		}
		this.kept.put(key, answer);
		// a change between the check and the put: its forgetting may have run before the
		// put
		if (this.changes.get() != changesWhenAsked) {
			this.kept.remove(key, answer);
		}
	}

	/** Forgets the answers a change makes wrong, by their key and what was kept. */
	public void forget(BiPredicate<String, KeptAnswer> wrongAfterTheChange) {
		this.changes.incrementAndGet();
		this.kept.entrySet().removeIf(entry -> wrongAfterTheChange.test(entry.getKey(), entry.getValue()));
	}

	public Instant now() {
		return this.clock.instant();
	}

	int size() {
		return this.kept.size();
	}

	private void makeRoom() {
		Instant now = this.clock.instant();
		this.kept.values().removeIf(answer -> !answer.isFreshAt(now));
		if (this.kept.size() >= this.capacity) {
			this.kept.keySet().stream().findAny().ifPresent(this.kept::remove);
		}
	}

}
