package org.bookingfleet.availability;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.bookingfleet.availability.catalog.internal.store.CatalogServices;
import org.bookingfleet.availability.schedule.internal.store.Providers;
import org.bookingfleet.availability.schedule.internal.store.ScheduleDocument;
import org.bookingfleet.events.catalog.ServiceSnapshot;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * Services and providers for integration tests, written the way the service itself writes
 * them.
 */
public record Scenery(CatalogServices services, Providers providers, DatabaseClient database) {

	public static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

	public String service(int durationMinutes, int bufferBefore, int bufferAfter, int capacity) {
		String id = "svc-" + UUID.randomUUID();
		services
			.replicate(new ServiceSnapshot(id, "acme", "Test service", capacity > 1 ? "COURSE" : "MOBILE",
					durationMinutes, capacity, bufferBefore, bufferAfter, 0, "America/Chicago", "USD", true))
			.toFuture()
			.join();
		return id;
	}

	/**
	 * An hourly service of Chicago: a customer books 60 to 180 minutes in whole hours,
	 * starting at or after {@code bookableFrom} and before {@code bookableUntil} (null:
	 * round the clock).
	 */
	public String hourlyService(String bookableFrom, String bookableUntil) {
		String id = "svc-" + UUID.randomUUID();
		services
			.replicate(new ServiceSnapshot(id, "acme", "Hourly service", "HOURLY", 60, 1, 0, 0, 0, "America/Chicago",
					"USD", true, bookableFrom, bookableUntil, 60, 180, 60))
			.toFuture()
			.join();
		return id;
	}

	/**
	 * A provider in Chicago working weekdays 09:00-17:00 on a 30-minute grid, offering
	 * the services.
	 */
	public long provider(String... serviceIds) {
		long id = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE / 2);
		List<ScheduleDocument.Hours> day = List.of(new ScheduleDocument.Hours("09:00", "17:00"));
		Map<DayOfWeek, List<ScheduleDocument.Hours>> week = Map.of(DayOfWeek.MONDAY, day, DayOfWeek.TUESDAY, day,
				DayOfWeek.WEDNESDAY, day, DayOfWeek.THURSDAY, day, DayOfWeek.FRIDAY, day);
		providers
			.save(id,
					new ScheduleDocument("America/Chicago", week, Map.of(), List.of(), 0, 60, 30, null,
							List.of(serviceIds)))
			.toFuture()
			.join();
		return id;
	}

	/** A Monday at least a week ahead, at the given Chicago wall-clock time. */
	public static Instant nextMondayAt(String localTime) {
		LocalDate monday = LocalDate.now(CHICAGO).plusWeeks(1).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
		return monday.atTime(LocalTime.parse(localTime)).atZone(CHICAGO).toInstant();
	}

	public long count(String sql) {
		return database.sql(sql).map(row -> row.get(0, Long.class)).one().toFuture().join();
	}
}
