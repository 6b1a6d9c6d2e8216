package org.bookingfleet.booking.bookings.internal.messaging;

import java.time.Duration;
import java.util.UUID;

import org.bookingfleet.platform.AfterCommit;
import org.springframework.stereotype.Component;
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
		return Mono.fromRunnable(() -> emit(bookingId));
	}

	/**
	 * Tells this instance's listeners of a status change once the transaction writing it
	 * commits (at once outside one), without waiting for the change's event to travel the
	 * outbox and the broker back here; other instances still hear it from the topic.
	 */
	public Mono<Void> tellOnCommit(UUID bookingId) {
		return AfterCommit.run(() -> emit(bookingId));
	}

	private void emit(UUID bookingId) {
		heard.emitNext(bookingId, Sinks.EmitFailureHandler.busyLooping(Duration.ofMillis(50)));
	}

	/** Subscribe before the change can happen, or it may be missed. */
	public Flux<UUID> of(UUID bookingId) {
		return heard.asFlux().filter(bookingId::equals);
	}

}
