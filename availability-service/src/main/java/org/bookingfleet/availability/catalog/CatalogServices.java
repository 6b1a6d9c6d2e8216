package org.bookingfleet.availability.catalog;

import java.time.Duration;

import org.bookingfleet.availability.slot.ServiceTerms;
import org.bookingfleet.events.catalog.ServiceSnapshot;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

@Repository
public class CatalogServices {

    private final DatabaseClient database;

    public CatalogServices(DatabaseClient database) {
        this.database = database;
    }

    public Mono<Void> replicate(ServiceSnapshot service) {
        return database.sql("""
                        insert into catalog_service (id, name, duration_minutes, buffer_before_minutes,
                            buffer_after_minutes, capacity, minimum_notice_minutes, active)
                        values (:id, :name, :duration, :before, :after, :capacity, :notice, :active)
                        on conflict (id) do update set name = excluded.name,
                            duration_minutes = excluded.duration_minutes,
                            buffer_before_minutes = excluded.buffer_before_minutes,
                            buffer_after_minutes = excluded.buffer_after_minutes,
                            capacity = excluded.capacity,
                            minimum_notice_minutes = excluded.minimum_notice_minutes,
                            active = excluded.active""")
                .bind("id", service.serviceId())
                .bind("name", service.name() == null ? service.serviceId() : service.name())
                .bind("duration", Math.max(1, service.durationMinutes()))
                .bind("before", Math.max(0, service.bufferBeforeMinutes()))
                .bind("after", Math.max(0, service.bufferAfterMinutes()))
                .bind("capacity", Math.max(1, service.capacity()))
                .bind("notice", Math.max(0, service.minimumNoticeMinutes()))
                .bind("active", service.active())
                .fetch()
                .rowsUpdated()
                .then();
    }

    /** The active service of that id, or nothing. */
    public Mono<CatalogService> findActive(String id) {
        return database.sql("select * from catalog_service where id = :id and active")
                .bind("id", id)
                .map((row, meta) -> new CatalogService(
                        row.get("id", String.class),
                        row.get("name", String.class),
                        new ServiceTerms(minutes(row.get("duration_minutes", Integer.class)),
                                minutes(row.get("buffer_before_minutes", Integer.class)),
                                minutes(row.get("buffer_after_minutes", Integer.class)),
                                row.get("capacity", Integer.class)),
                        minutes(row.get("minimum_notice_minutes", Integer.class)),
                        Boolean.TRUE.equals(row.get("active", Boolean.class))))
                .one();
    }

    private static Duration minutes(Integer value) {
        return Duration.ofMinutes(value == null ? 0 : value);
    }
}
