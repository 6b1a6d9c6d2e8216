package org.bookingfleet.availability.schedule.internal.store;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.r2dbc.spi.Readable;
import org.bookingfleet.availability.slot.Provider;
import org.bookingfleet.availability.time.TimeRange;
import org.bookingfleet.availability.time.TimeSet;
import org.bookingfleet.events.availability.ProviderNamed;
import org.bookingfleet.platform.KeptReads;
import org.bookingfleet.platform.outbox.Outbox;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The providers' schedules, services and time off. What slots read (a schedule, who
 * offers a service, time off in a range) is kept in memory for
 * {@code availability.kept-reads} (5 s): a search or a hold reads only its reservations
 * from the database. A change made here is seen here at once and by other instances
 * within that time.
 */
@Repository
public class Providers {

	private record TimeOffRange(long providerId, Instant from, Instant to) {

		static TimeOffRange wholeDays(long providerId, Instant from, Instant to) {
			Instant end = to.truncatedTo(ChronoUnit.DAYS);
			return new TimeOffRange(providerId, from.truncatedTo(ChronoUnit.DAYS),
					end.isBefore(to) ? end.plus(1, ChronoUnit.DAYS) : end);
		}
	}

	private static final TypeReference<Map<DayOfWeek, List<ScheduleDocument.Hours>>> WEEK = new TypeReference<>() {
	};

	private static final TypeReference<List<ScheduleDocument.OverrideDay>> OVERRIDES = new TypeReference<>() {
	};

	private final DatabaseClient database;

	private final JsonMapper json;

	private final TransactionalOperator transaction;

	private final Outbox outbox;

	private final KeptReads<Long, ScheduleDocument> schedules;

	private final KeptReads<String, List<Long>> servingProviders;

	private final KeptReads<TimeOffRange, List<TimeRange>> timeOffs;

	public Providers(DatabaseClient database, JsonMapper json, TransactionalOperator transaction, Outbox outbox,
			@Value("${availability.kept-reads:5s}") Duration keptFor) {
		this.database = database;
		this.json = json;
		this.transaction = transaction;
		this.outbox = outbox;
		this.schedules = new KeptReads<>(keptFor, 10_000);
		this.servingProviders = new KeptReads<>(keptFor, 1_000);
		this.timeOffs = new KeptReads<>(keptFor, 10_000);
	}

	public Mono<ScheduleDocument> document(long providerId) {
		return database.sql("""
				select p.*, weekly_hours::text as week_text, breaks::text as breaks_text,
				       overrides::text as overrides_text,
				       coalesce((select array_agg(service_id order by service_id) from provider_service s
				                 where s.provider_id = p.id), '{}') as service_ids
				from provider p where p.id = :id""").bind("id", providerId).map(this::document).one();
	}

	/**
	 * The provider with its time off between the two instants: enough to find its slots
	 * there. The time off is read and kept for the whole UTC days the range touches, so
	 * that the reads around one day (the holds of its slots, each around its own start,
	 * and the day's searches) share one read.
	 */
	public Mono<Provider> find(long providerId, Instant from, Instant to) {
		return schedules.get(providerId, this::document)
			.zipWith(
					timeOffs.get(TimeOffRange.wholeDays(providerId, from, to),
							range -> timeOff(range.providerId(), range.from(), range.to()).collectList()),
					(document, timeOff) -> document.toProvider(providerId, TimeSet.of(timeOff)));
	}

	public Flux<Long> serving(String serviceId) {
		return servingProviders
			.get(serviceId, service -> database
				.sql("select provider_id from provider_service where service_id = :service order by provider_id")
				.bind("service", service)
				.map(row -> row.get("provider_id", Long.class))
				.all()
				.collectList())
			.flatMapIterable(providers -> providers);
	}

	public Mono<Boolean> serves(long providerId, String serviceId) {
		return schedules.get(providerId, this::document)
			.map(document -> document.serviceIds().contains(serviceId))
			.defaultIfEmpty(false);
	}

	public Mono<Void> save(long providerId, ScheduleDocument document) {
		DatabaseClient.GenericExecuteSpec upsert = database.sql("""
				insert into provider (id, time_zone, weekly_hours, breaks, overrides, minimum_notice_minutes,
				    horizon_days, slot_interval_minutes, daily_limit, name, updated_at)
				values (:id, :zone, cast(:week as jsonb), cast(:breaks as jsonb), cast(:overrides as jsonb),
				    :notice, :horizon, :interval, :limit, :name, now())
				on conflict (id) do update set time_zone = excluded.time_zone,
				    name = coalesce(excluded.name, provider.name),
				    weekly_hours = excluded.weekly_hours, breaks = excluded.breaks,
				    overrides = excluded.overrides, minimum_notice_minutes = excluded.minimum_notice_minutes,
				    horizon_days = excluded.horizon_days, slot_interval_minutes = excluded.slot_interval_minutes,
				    daily_limit = excluded.daily_limit, updated_at = now()""")
			.bind("id", providerId)
			.bind("zone", document.timeZone())
			.bind("week", json.writeValueAsString(document.weeklyHours()))
			.bind("breaks", json.writeValueAsString(document.breaks()))
			.bind("overrides", json.writeValueAsString(document.overrides()))
			.bind("notice", value(document.minimumNoticeMinutes(), 0))
			.bind("horizon", value(document.horizonDays(), 90))
			.bind("interval", value(document.slotIntervalMinutes(), 30));
		upsert = document.dailyLimit() == null ? upsert.bindNull("limit", Integer.class)
				: upsert.bind("limit", document.dailyLimit());
		upsert = document.name() == null ? upsert.bindNull("name", String.class) : upsert.bind("name", document.name());
		Mono<Void> named = document.name() == null ? Mono.empty()
				: Mono.defer(() -> outbox.append(new ProviderNamed(providerId, document.name()))).then();
		Mono<Void> services = database.sql("delete from provider_service where provider_id = :id")
			.bind("id", providerId)
			.fetch()
			.rowsUpdated()
			.thenMany(Flux.fromIterable(document.serviceIds())
				.distinct()
				.concatMap(service -> database
					.sql("insert into provider_service (provider_id, service_id) values (:id, :service)")
					.bind("id", providerId)
					.bind("service", service)
					.fetch()
					.rowsUpdated()))
			.then();
		return transaction.transactional(upsert.fetch().rowsUpdated().then(services).then(named)).doOnSuccess(saved -> {
			schedules.forget(providerId);
			servingProviders.forgetAll();
		});
	}

	public Mono<UUID> addTimeOff(long providerId, TimeRange range, String reason) {
		UUID id = UUID.randomUUID();
		DatabaseClient.GenericExecuteSpec insert = database.sql("""
				insert into time_off (id, provider_id, starts_at, ends_at, reason)
				values (:id, :provider, :start, :end, :reason)""")
			.bind("id", id)
			.bind("provider", providerId)
			.bind("start", range.start())
			.bind("end", range.end());
		insert = reason == null ? insert.bindNull("reason", String.class) : insert.bind("reason", reason);
		return insert.fetch().rowsUpdated().thenReturn(id).doOnSuccess(added -> forgetTimeOff(providerId));
	}

	public Mono<Long> removeTimeOff(long providerId, UUID timeOffId) {
		return database.sql("delete from time_off where id = :id and provider_id = :provider")
			.bind("id", timeOffId)
			.bind("provider", providerId)
			.fetch()
			.rowsUpdated()
			.doOnSuccess(removed -> forgetTimeOff(providerId));
	}

	private void forgetTimeOff(long providerId) {
		timeOffs.forgetIf(range -> range.providerId() == providerId);
	}

	/** A provider's time off as listed to the provider: its id, span and reason. */
	public record TimeOffEntry(UUID id, Instant start, Instant end, String reason) {
	}

	/**
	 * The time off that overlaps {@code [from, to)}, earliest first, at most
	 * {@code limit}.
	 */
	public Flux<TimeOffEntry> timeOffEntries(long providerId, Instant from, Instant to, int limit) {
		return database.sql("""
				select id, starts_at, ends_at, reason from time_off
				where provider_id = :id and ends_at > :from and starts_at < :to
				order by starts_at, id limit :limit""")
			.bind("id", providerId)
			.bind("from", from)
			.bind("to", to)
			.bind("limit", limit)
			.map(row -> new TimeOffEntry(row.get("id", UUID.class), row.get("starts_at", Instant.class),
					row.get("ends_at", Instant.class), row.get("reason", String.class)))
			.all();
	}

	public Flux<TimeRange> timeOff(long providerId, Instant from, Instant to) {
		return database.sql("""
				select starts_at, ends_at from time_off
				where provider_id = :id and ends_at > :from and starts_at < :to order by starts_at""")
			.bind("id", providerId)
			.bind("from", from)
			.bind("to", to)
			.map(row -> new TimeRange(row.get("starts_at", Instant.class), row.get("ends_at", Instant.class)))
			.all();
	}

	private ScheduleDocument document(Readable row) {
		String[] services = row.get("service_ids", String[].class);
		return new ScheduleDocument(row.get("time_zone", String.class),
				json.readValue(row.get("week_text", String.class), WEEK),
				json.readValue(row.get("breaks_text", String.class), WEEK),
				json.readValue(row.get("overrides_text", String.class), OVERRIDES),
				row.get("minimum_notice_minutes", Integer.class), row.get("horizon_days", Integer.class),
				row.get("slot_interval_minutes", Integer.class), row.get("daily_limit", Integer.class),
				services == null ? List.of() : List.of(services), row.get("name", String.class));
	}

	private static int value(Integer value, int fallback) {
		return value == null ? fallback : value;
	}

}
