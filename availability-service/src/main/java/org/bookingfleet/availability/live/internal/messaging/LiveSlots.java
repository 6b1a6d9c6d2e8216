package org.bookingfleet.availability.live.internal.messaging;

import org.bookingfleet.availability.live.SlotChange;
import org.bookingfleet.events.availability.SlotHeld;
import org.bookingfleet.events.availability.SlotReleased;
import org.bookingfleet.events.availability.SlotReserved;
import org.bookingfleet.platform.consumer.EventSubscription;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * Fans the slot events of availability.events out to this instance's stream subscribers.
 * Every instance reads the topic itself, so a change made on any instance reaches every
 * subscriber.
 */
@Configuration(proxyBeanMethods = false)
public class LiveSlots {

	private final Sinks.Many<SlotChange> changes = Sinks.many().multicast().directBestEffort();

	public Flux<SlotChange> changes(Long providerId, String serviceId) {
		return changes.asFlux().filter(change -> change.concerns(providerId, serviceId));
	}

	@Bean
	EventSubscription liveSlotFeed() {
		return EventSubscription.named("live-slots")
			.on(SlotHeld.class,
					(held, envelope) -> publish(new SlotChange(SlotChange.HELD, held.providerId(), held.serviceId(),
							held.start(), held.end(), held.seats())))
			.on(SlotReserved.class,
					(booked, envelope) -> publish(new SlotChange(SlotChange.BOOKED, booked.providerId(),
							booked.serviceId(), booked.start(), booked.end(), booked.seats())))
			.on(SlotReleased.class,
					(released,
							envelope) -> publish(new SlotChange(SlotChange.RELEASED, released.providerId(),
									released.serviceId(), released.start(), released.end(), released.seats())))
			.perInstance();
	}

	private Mono<Void> publish(SlotChange change) {
		changes.emitNext(change, (signal, result) -> result == Sinks.EmitResult.FAIL_NON_SERIALIZED);
		return Mono.empty();
	}

}
