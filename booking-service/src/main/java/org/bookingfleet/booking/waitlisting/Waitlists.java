package org.bookingfleet.booking.waitlisting;

import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.bookingfleet.booking.waitlist.ReleasedSlot;
import org.bookingfleet.booking.waitlist.WaitlistEntry;
import org.bookingfleet.booking.waitlist.WaitlistOffer;
import org.bookingfleet.booking.waitlist.WaitlistStatus;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Repository
public class Waitlists {

    private final DatabaseClient database;

    public Waitlists(DatabaseClient database) {
        this.database = database;
    }

    public Mono<Void> join(WaitlistEntry entry, Contact contact) {
        var spec = database.sql("""
                insert into waitlist_entry (id, service_id, provider_id, window_start, window_end, seats, customer_id,
                    access_token_digest, customer_name, customer_email, customer_phone, joined_at, status)
                values (:id, :service, :provider, :from, :to, :seats, :customer, :digest, :name, :email, :phone, :joined, :status)
                """)
                .bind("id", UUID.fromString(entry.id())).bind("service", entry.serviceId()).bind("from", entry.windowStart())
                .bind("to", entry.windowEnd()).bind("seats", entry.seats()).bind("digest", contact.accessTokenDigest())
                .bind("name", contact.name()).bind("email", contact.email()).bind("phone", contact.phone())
                .bind("joined", entry.joinedAt()).bind("status", entry.status().name());
        spec = entry.providerId() == null ? spec.bindNull("provider", Long.class) : spec.bind("provider", Long.valueOf(entry.providerId()));
        spec = contact.customerId() == null ? spec.bindNull("customer", String.class) : spec.bind("customer", contact.customerId());
        return spec.fetch().rowsUpdated().then();
    }

    public Mono<Stored> find(UUID id) {
        return database.sql("select * from waitlist_entry where id = :id").bind("id", id).map(Waitlists::read).one();
    }

    /** Waiting entries for the slot's service, locked so two releases cannot offer the same entry twice. */
    public Flux<WaitlistEntry> waitingFor(ReleasedSlot slot) {
        return database.sql("""
                select * from waitlist_entry where service_id = :service and status = 'WAITING'
                    and (provider_id is null or provider_id = :provider)
                order by joined_at, id for update
                """)
                .bind("service", slot.serviceId()).bind("provider", Long.parseLong(slot.providerId()))
                .map(row -> read(row).entry()).all();
    }

    public Mono<Set<String>> offeredTheSlot(ReleasedSlot slot) {
        return database.sql("select entry_id from waitlist_offer where provider_id = :provider and starts_at = :start")
                .bind("provider", Long.parseLong(slot.providerId())).bind("start", slot.start())
                .map(row -> row.get("entry_id", UUID.class).toString()).all().collect(Collectors.toSet());
    }

    public Mono<Void> setStatus(UUID entryId, WaitlistStatus status) {
        return database.sql("update waitlist_entry set status = :status where id = :id")
                .bind("status", status.name()).bind("id", entryId).fetch().rowsUpdated().then();
    }

    public Mono<Void> offer(UUID offerId, WaitlistOffer offer) {
        ReleasedSlot slot = offer.slot();
        return database.sql("""
                insert into waitlist_offer (id, entry_id, service_id, provider_id, starts_at, ends_at, seats, expires_at, status)
                values (:id, :entry, :service, :provider, :start, :end, :seats, :expires, 'OPEN')
                """)
                .bind("id", offerId).bind("entry", UUID.fromString(offer.entryId())).bind("service", slot.serviceId())
                .bind("provider", Long.parseLong(slot.providerId())).bind("start", slot.start()).bind("end", slot.end())
                .bind("seats", slot.seats()).bind("expires", offer.expiresAt())
                .fetch().rowsUpdated().then();
    }

    /** Open offers past their expiry, locked for this sweep; each comes back as the slot it offered. */
    public Flux<Lapsed> lapsedOffers(Instant now, int limit) {
        return database.sql("""
                select * from waitlist_offer where status = 'OPEN' and expires_at <= :now
                order by expires_at limit :limit for update skip locked
                """)
                .bind("now", now).bind("limit", limit)
                .map(row -> new Lapsed(row.get("id", UUID.class), row.get("entry_id", UUID.class),
                        new ReleasedSlot(row.get("service_id", String.class), String.valueOf(row.get("provider_id", Long.class)),
                                row.get("starts_at", Instant.class), row.get("ends_at", Instant.class),
                                row.get("seats", Integer.class))))
                .all();
    }

    public Mono<Void> closeOffer(UUID offerId, String status) {
        return database.sql("update waitlist_offer set status = :status where id = :id")
                .bind("status", status).bind("id", offerId).fetch().rowsUpdated().then();
    }

    public Flux<OfferRow> offersOf(UUID entryId) {
        return database.sql("select * from waitlist_offer where entry_id = :id order by expires_at").bind("id", entryId)
                .map(row -> new OfferRow(row.get("id", UUID.class), String.valueOf(row.get("provider_id", Long.class)),
                        row.get("starts_at", Instant.class), row.get("ends_at", Instant.class), row.get("expires_at", Instant.class),
                        row.get("status", String.class)))
                .all();
    }

    public record Contact(String customerId, String accessTokenDigest, String name, String email, String phone) {
    }

    public record Stored(WaitlistEntry entry, Contact contact) {
    }

    public record Lapsed(UUID offerId, UUID entryId, ReleasedSlot slot) {
    }

    public record OfferRow(UUID id, String providerId, Instant start, Instant end, Instant expiresAt, String status) {
    }

    private static Stored read(Readable row) {
        Long provider = row.get("provider_id", Long.class);
        WaitlistEntry entry = new WaitlistEntry(row.get("id", UUID.class).toString(), row.get("service_id", String.class),
                provider == null ? null : String.valueOf(provider), row.get("window_start", Instant.class),
                row.get("window_end", Instant.class), row.get("seats", Integer.class), row.get("joined_at", Instant.class),
                WaitlistStatus.valueOf(row.get("status", String.class)));
        return new Stored(entry, new Contact(row.get("customer_id", String.class), row.get("access_token_digest", String.class),
                row.get("customer_name", String.class), row.get("customer_email", String.class),
                row.get("customer_phone", String.class)));
    }
}
