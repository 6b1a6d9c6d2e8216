package org.bookingfleet.gateway.cache;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The public answers the gateway keeps in memory, by path and query: a bounded number of
 * them, each until it is no longer fresh. When full, the stale ones go first, then any
 * one: a miss costs a call to the service, nothing more.
 */
public class PublicAnswers {

	private final Map<String, KeptAnswer> kept = new ConcurrentHashMap<>();

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

	public void keep(String key, KeptAnswer answer) {
		if (this.kept.size() >= this.capacity && !this.kept.containsKey(key)) {
			makeRoom();
		}
		this.kept.put(key, answer);
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
