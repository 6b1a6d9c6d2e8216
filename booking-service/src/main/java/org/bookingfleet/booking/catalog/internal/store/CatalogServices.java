package org.bookingfleet.booking.catalog.internal.store;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.bookingfleet.booking.catalog.CatalogService;
import org.bookingfleet.events.catalog.ServiceSnapshot;
import org.bookingfleet.platform.KeptReads;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/**
 * The catalog's services as this service replicates them from the catalog's events. A
 * service, or its absence, is kept in memory for {@code booking.kept-reads} (5 s): a
 * booking reads its service when it is made and when it is confirmed. The instance that
 * replicates a change forgets it once the change commits, the others within that time.
 */
@Repository
public class CatalogServices {

	private final DatabaseClient database;

	private final KeptReads<String, CatalogService> services;

	public CatalogServices(DatabaseClient database, @Value("${booking.kept-reads:5s}") Duration keptFor) {
		this.database = database;
		this.services = new KeptReads<>(keptFor, 1_000);
	}

	public Mono<Void> remember(ServiceSnapshot service, Instant at) {
		return database
			.sql("""
					insert into catalog_service (service_id, name, type, duration_minutes, capacity, time_zone, currency, active, updated_at)
					values (:id, :name, :type, :duration, :capacity, :zone, :currency, :active, :at)
					on conflict (service_id) do update set name = excluded.name, type = excluded.type,
					    duration_minutes = excluded.duration_minutes, capacity = excluded.capacity, time_zone = excluded.time_zone,
					    currency = excluded.currency, active = excluded.active, updated_at = excluded.updated_at
					where catalog_service.updated_at <= excluded.updated_at
					""")
			.bind("id", service.serviceId())
			.bind("name", service.name())
			.bind("type", service.type())
			.bind("duration", service.durationMinutes())
			.bind("capacity", Math.max(1, service.capacity()))
			.bind("zone", service.timeZone())
			.bind("currency", service.currency())
			.bind("active", service.active())
			.bind("at", at)
			.fetch()
			.rowsUpdated()
			.then(services.forgetOnCommit(service.serviceId()));
	}

	public Mono<CatalogService> find(String serviceId) {
		return services.get(serviceId, this::read);
	}

	private Mono<CatalogService> read(String serviceId) {
		return database.sql("select * from catalog_service where service_id = :id")
			.bind("id", serviceId)
			.map((row, meta) -> new CatalogService(row.get("service_id", String.class), row.get("name", String.class),
					row.get("type", String.class), row.get("duration_minutes", Integer.class),
					row.get("capacity", Integer.class), ZoneId.of(row.get("time_zone", String.class)),
					row.get("currency", String.class), Boolean.TRUE.equals(row.get("active", Boolean.class))))
			.one();
	}

}
