package org.bookingfleet.testsupport.sample;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * A consumer's handler that can wait: an entry noted "waits" is applied only once an
 * entry noted "opens" was, so the two can be applied only side by side; any other entry
 * at once.
 */
public final class EntryGate {

	private final Sinks.Empty<Void> opened = Sinks.empty();

	private final Set<UUID> applied = ConcurrentHashMap.newKeySet();

	public Mono<Void> apply(EntryRecorded entry) {
		return switch (entry.note()) {
			case "waits" -> this.opened.asMono()
				.timeout(Duration.ofSeconds(60))
				.then(Mono.fromRunnable(() -> this.applied.add(entry.entryId())));
			case "opens" -> Mono.fromRunnable(() -> {
				this.applied.add(entry.entryId());
				this.opened.tryEmitEmpty();
			});
			default -> Mono.fromRunnable(() -> this.applied.add(entry.entryId()));
		};
	}

	public boolean applied(UUID entryId) {
		return this.applied.contains(entryId);
	}

}
