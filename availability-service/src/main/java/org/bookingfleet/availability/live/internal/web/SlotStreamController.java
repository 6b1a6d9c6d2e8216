package org.bookingfleet.availability.live.internal.web;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.bookingfleet.availability.live.SlotChange;
import org.bookingfleet.availability.live.internal.messaging.LiveSlots;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;

/**
 * The anonymous live stream of slot changes. Each event's id is this instance's running
 * number of the changes it streamed, which names nothing: hold and booking ids stay with
 * their holders.
 */
@RestController
class SlotStreamController {

	private static final Duration HEARTBEAT = Duration.ofSeconds(15);

	private final LiveSlots live;

	private final AtomicLong sequence = new AtomicLong();

	SlotStreamController(LiveSlots live) {
		this.live = live;
	}

	@GetMapping(path = "/api/v2/availability/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	Flux<ServerSentEvent<SlotChange>> stream(@RequestParam(required = false) Long providerId,
			@RequestParam(required = false) String serviceId) {
		Flux<ServerSentEvent<SlotChange>> changes = live.changes(providerId, serviceId)
			.map(change -> ServerSentEvent.builder(change)
				.event(change.event())
				.id(Long.toString(sequence.incrementAndGet()))
				.build());
		Flux<ServerSentEvent<SlotChange>> heartbeats = Flux.interval(HEARTBEAT)
			.onBackpressureDrop()
			.map(tick -> ServerSentEvent.<SlotChange>builder().comment("heartbeat").build());
		return Flux.merge(Flux.just(ServerSentEvent.<SlotChange>builder().comment("subscribed").build()), changes,
				heartbeats);
	}

}
