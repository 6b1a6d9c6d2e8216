package org.bookingfleet.booking.catalog;

import java.time.Instant;
import java.util.UUID;
import org.bookingfleet.events.availability.SlotHeld;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** Holds announced by the availability service, so a booking's hold is checked up front without a call. */
@Repository
public class KnownHolds {

    private final DatabaseClient database;

    public KnownHolds(DatabaseClient database) {
        this.database = database;
    }

    public Mono<Void> remember(SlotHeld held) {
        return database.sql("""
                insert into known_hold (hold_id, provider_id, service_id, starts_at, ends_at, seats, expires_at)
                values (:hold, :provider, :service, :start, :end, :seats, :expires)
                on conflict (hold_id) do nothing
                """)
                .bind("hold", held.holdId())
                .bind("provider", held.providerId())
                .bind("service", held.serviceId())
                .bind("start", held.start())
                .bind("end", held.end())
                .bind("seats", held.seats())
                .bind("expires", held.expiresAt())
                .fetch().rowsUpdated().then();
    }

    /**
     * The hold, waiting up to {@code patience} for it: a client may use a hold the moment the availability service
     * granted it, before its {@code SlotHeld} has reached this service.
     */
    public Mono<KnownHold> findWithin(UUID holdId, java.time.Duration patience) {
        java.time.Duration poll = java.time.Duration.ofMillis(100);
        long polls = Math.max(1, patience.toMillis() / poll.toMillis());
        return Mono.defer(() -> find(holdId)).repeatWhenEmpty(attempts -> attempts.take(polls).delayElements(poll));
    }

    public Mono<KnownHold> find(UUID holdId) {
        return database.sql("select * from known_hold where hold_id = :hold")
                .bind("hold", holdId)
                .map((row, meta) -> new KnownHold(row.get("hold_id", UUID.class), row.get("provider_id", Long.class),
                        row.get("service_id", String.class), row.get("starts_at", Instant.class),
                        row.get("ends_at", Instant.class), row.get("seats", Integer.class),
                        row.get("expires_at", Instant.class)))
                .one();
    }
}
