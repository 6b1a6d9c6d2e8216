package org.bookingfleet.booking.bookings;

import java.time.Duration;
import java.util.UUID;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/** Status changes of bookings as this instance hears them on the booking topic, whichever instance made them. */
@Component
public class StatusChanges {

    private final Sinks.Many<UUID> heard = Sinks.many().multicast().directBestEffort();

    Mono<Void> heard(UUID bookingId) {
        return Mono.fromRunnable(() -> heard.emitNext(bookingId, Sinks.EmitFailureHandler.busyLooping(Duration.ofMillis(50))));
    }

    /** Subscribe before the change can happen, or it may be missed. */
    public Flux<UUID> of(UUID bookingId) {
        return heard.asFlux().filter(bookingId::equals);
    }
}
