package org.bookingfleet.booking.catalog.internal.store;

import java.time.Instant;
import java.time.ZoneId;

import org.bookingfleet.booking.catalog.CatalogService;
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
			.then();
	}

	public Mono<CatalogService> find(String serviceId) {
		return database.sql("select * from catalog_service where service_id = :id")
			.bind("id", serviceId)
			.map((row, meta) -> new CatalogService(row.get("service_id", String.class), row.get("name", String.class),
					row.get("type", String.class), row.get("duration_minutes", Integer.class),
					row.get("capacity", Integer.class), ZoneId.of(row.get("time_zone", String.class)),
					row.get("currency", String.class), Boolean.TRUE.equals(row.get("active", Boolean.class))))
			.one();
	}

}
