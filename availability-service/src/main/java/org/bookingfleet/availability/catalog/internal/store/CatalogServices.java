package org.bookingfleet.availability.catalog.internal.store;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.bookingfleet.availability.catalog.CatalogService;
import org.bookingfleet.availability.slot.Lengths;
import org.bookingfleet.availability.slot.ServiceHours;
import org.bookingfleet.availability.slot.ServiceTerms;
import org.bookingfleet.events.catalog.ServiceSnapshot;
import org.bookingfleet.platform.KeptReads;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/**
 * The catalog's services as this service replicates them from the catalog's events. An
 * active service is kept in memory for {@code availability.kept-reads} (5 s): the
 * instance that replicates a change forgets it at once, the others within that time.
 */
@Repository
public class CatalogServices {

	private final DatabaseClient database;

	private final KeptReads<String, CatalogService> active;

	public CatalogServices(DatabaseClient database, @Value("${availability.kept-reads:5s}") Duration keptFor) {
		this.database = database;
		this.active = new KeptReads<>(keptFor, 1_000);
	}

	public Mono<Void> replicate(ServiceSnapshot service) {
		DatabaseClient.GenericExecuteSpec insert = database.sql("""
				insert into catalog_service (id, name, duration_minutes, buffer_before_minutes,
				    buffer_after_minutes, capacity, minimum_notice_minutes, active, time_zone, bookable_from,
				    bookable_until, min_duration_minutes, max_duration_minutes, duration_step_minutes)
				values (:id, :name, :duration, :before, :after, :capacity, :notice, :active, :zone, :from,
				    :until, :shortest, :longest, :step)
				on conflict (id) do update set name = excluded.name,
				    duration_minutes = excluded.duration_minutes,
				    buffer_before_minutes = excluded.buffer_before_minutes,
				    buffer_after_minutes = excluded.buffer_after_minutes,
				    capacity = excluded.capacity,
				    minimum_notice_minutes = excluded.minimum_notice_minutes,
				    active = excluded.active,
				    time_zone = excluded.time_zone,
				    bookable_from = excluded.bookable_from,
				    bookable_until = excluded.bookable_until,
				    min_duration_minutes = excluded.min_duration_minutes,
				    max_duration_minutes = excluded.max_duration_minutes,
				    duration_step_minutes = excluded.duration_step_minutes""")
			.bind("id", service.serviceId())
			.bind("name", service.name() == null ? service.serviceId() : service.name())
			.bind("duration", Math.max(1, service.durationMinutes()))
			.bind("before", Math.max(0, service.bufferBeforeMinutes()))
			.bind("after", Math.max(0, service.bufferAfterMinutes()))
			.bind("capacity", Math.max(1, service.capacity()))
			.bind("notice", Math.max(0, service.minimumNoticeMinutes()))
			.bind("active", service.active())
			.bind("shortest", Math.max(0, service.minDurationMinutes()))
			.bind("longest", Math.max(0, service.maxDurationMinutes()))
			.bind("step", Math.max(0, service.durationStepMinutes()));
		insert = nullable(insert, "zone", zone(service.timeZone()), String.class);
		insert = nullable(insert, "from", localTime(service.bookableFrom()), LocalTime.class);
		insert = nullable(insert, "until", localTime(service.bookableUntil()), LocalTime.class);
		return insert.fetch().rowsUpdated().then(active.forgetOnCommit(service.serviceId()));
	}

	/**
	 * Those of the ids the catalog never announced (a retired service is known), in their
	 * order.
	 */
	public Mono<List<String>> unknown(Collection<String> ids) {
		if (ids.isEmpty()) {
			return Mono.just(List.of());
		}
		return database.sql("select id from catalog_service where id = any(:ids)")
			.bind("ids", ids.toArray(String[]::new))
			.map(row -> row.get("id", String.class))
			.all()
			.collect(Collectors.toSet())
			.map(known -> ids.stream().filter(id -> !known.contains(id)).distinct().toList());
	}

	/** The active service of that id, or nothing. */
	public Mono<CatalogService> findActive(String id) {
		return active.get(id, this::readActive);
	}

	private Mono<CatalogService> readActive(String id) {
		return database.sql("select * from catalog_service where id = :id and active")
			.bind("id", id)
			.map((row, meta) -> new CatalogService(row.get("id", String.class), row.get("name", String.class),
					new ServiceTerms(minutes(row.get("duration_minutes", Integer.class)),
							minutes(row.get("buffer_before_minutes", Integer.class)),
							minutes(row.get("buffer_after_minutes", Integer.class)), row.get("capacity", Integer.class),
							Lengths.ofMinutes(whole(row.get("min_duration_minutes", Integer.class)),
									whole(row.get("max_duration_minutes", Integer.class)),
									whole(row.get("duration_step_minutes", Integer.class))),
							new ServiceHours(row.get("bookable_from", LocalTime.class),
									row.get("bookable_until", LocalTime.class),
									zoneId(row.get("time_zone", String.class)))),
					minutes(row.get("minimum_notice_minutes", Integer.class)),
					Boolean.TRUE.equals(row.get("active", Boolean.class))))
			.one();
	}

	private static <T> DatabaseClient.GenericExecuteSpec nullable(DatabaseClient.GenericExecuteSpec spec, String name,
			T value, Class<T> type) {
		return value == null ? spec.bindNull(name, type) : spec.bind(name, value);
	}

	/**
	 * A local time of day as the catalog writes it ({@code HH:mm}); anything else is no
	 * bound.
	 */
	private static LocalTime localTime(String raw) {
		return parsedOrNull(raw, LocalTime::parse);
	}

	/**
	 * The service's IANA zone when it names a known one; otherwise its hours are read on
	 * the provider's clock.
	 */
	private static String zone(String raw) {
		return zoneId(raw) == null ? null : raw.trim();
	}

	private static ZoneId zoneId(String raw) {
		return parsedOrNull(raw, ZoneId::of);
	}

	/**
	 * What the catalog wrote, read by {@code parser}; blank or unreadable text is none.
	 */
	private static <T> T parsedOrNull(String raw, Function<String, T> parser) {
		if (raw == null || raw.isBlank()) {
			return null;
		}
		try {
			return parser.apply(raw.trim());
		}
		catch (DateTimeException unreadable) {
			return null;
		}
	}

	private static int whole(Integer value) {
		return value == null ? 0 : value;
	}

	private static Duration minutes(Integer value) {
		return Duration.ofMinutes(value == null ? 0 : value);
	}

}
