package org.bookingfleet.integration.job.internal.store;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.r2dbc.postgresql.codec.Json;
import io.r2dbc.spi.Readable;
import org.bookingfleet.integration.job.IntegrationJob;
import org.bookingfleet.integration.job.JobAction;
import org.bookingfleet.integration.job.JobRequest;
import org.bookingfleet.integration.job.JobStatus;
import org.bookingfleet.integration.job.Partner;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Repository
public class Jobs {

	private static final String COLUMNS = "id, action, booking_id, dedupe_key, after_key, payload, status, attempts, "
			+ "next_attempt_at, last_error, created_at, updated_at";

	/**
	 * The claim of {@link #claim}. A job that runs after another reads that one by its
	 * key (the unique index), one row per candidate: as an {@code exists()}, PostgreSQL
	 * hashed every succeeded job of the table once per claim (39 ms at 26,000 jobs,
	 * growing). It returns with each job its booking's snapshot and the result of the job
	 * it runs after, each by its primary or unique key, instead of a statement of their
	 * own per job (the snapshot for every job, the contact for the CRM's later ones). And
	 * it tells whether jobs wait for the claimed one (by the small index of the waiting
	 * jobs), so that its worker claims again when it ends only then.
	 */
	static final String CLAIM = "update integration_job j set status = 'RUNNING', attempts = j.attempts + 1, "
			+ "next_attempt_at = :leaseEnd, updated_at = :now where j.id in (select c.id from integration_job c "
			+ "  where c.partner = :partner and c.status in ('PENDING', 'RUNNING') and c.next_attempt_at <= :now "
			+ "  and (c.after_key is null or (select p.status from integration_job p "
			+ "       where p.dedupe_key = c.after_key) = 'SUCCEEDED') "
			+ "  order by c.next_attempt_at limit :limit for update skip locked) returning " + prefixed("j")
			+ ", (select s.status from booking_snapshot s where s.booking_id = j.booking_id) as booking_status"
			+ ", (select s.snapshot from booking_snapshot s where s.booking_id = j.booking_id) as booking_snapshot"
			+ ", (select p.result from integration_job p where p.dedupe_key = j.after_key and p.status = 'SUCCEEDED') "
			+ "as after_result, exists(select 1 from integration_job w where w.after_key = j.dedupe_key "
			+ "and w.status = 'PENDING') as awaited";

	/** A job's new state, guarded by the state its worker claimed it in. */
	private static final String SETTLE = "update integration_job set status = :status, attempts = :attempts, "
			+ "next_attempt_at = :next, last_error = :error, updated_at = :now, result = coalesce(:result, result) "
			+ "where id = :id and status = :expectedStatus and attempts = :expectedAttempts";

	private final DatabaseClient database;

	private final BookingSnapshots snapshots;

	public Jobs(DatabaseClient database, BookingSnapshots snapshots) {
		this.database = database;
		this.snapshots = snapshots;
	}

	/**
	 * Inserts the jobs not asked for before, in one statement; returns how many are new.
	 */
	public Mono<Long> add(List<JobRequest> requests, Instant now) {
		if (requests.isEmpty()) {
			return Mono.just(0L);
		}
		List<IntegrationJob> batch = requests.stream()
			.map(request -> IntegrationJob.from(request, UUID.randomUUID(), now))
			.toList();
		return database
			.sql("insert into integration_job (id, action, booking_id, dedupe_key, after_key, payload, "
					+ "status, attempts, next_attempt_at, created_at, updated_at, partner) "
					+ "select id, action, booking_id, dedupe_key, after_key, payload::jsonb, 'PENDING', 0, "
					+ "next_attempt_at::timestamptz, :now, :now, partner "
					+ "from unnest(:ids::uuid[], :actions::text[], :bookings::uuid[], :keys::text[], "
					+ ":afters::text[], :payloads::text[], :nexts::text[], :partners::text[]) "
					+ "as j(id, action, booking_id, dedupe_key, after_key, payload, next_attempt_at, partner) "
					+ "on conflict (dedupe_key) do nothing")
			.bind("ids", batch.stream().map(IntegrationJob::id).toArray(UUID[]::new))
			.bind("actions", batch.stream().map(job -> job.action().name()).toArray(String[]::new))
			.bind("bookings", batch.stream().map(IntegrationJob::bookingId).toArray(UUID[]::new))
			.bind("keys", batch.stream().map(IntegrationJob::dedupeKey).toArray(String[]::new))
			.bind("afters", batch.stream().map(job -> job.after().orElse(null)).toArray(String[]::new))
			.bind("payloads",
					batch.stream().map(job -> PayloadJson.write(job.payload()).asString()).toArray(String[]::new))
			.bind("nexts", batch.stream().map(job -> job.nextAttemptAt().toString()).toArray(String[]::new))
			.bind("partners", batch.stream().map(job -> job.target().name()).toArray(String[]::new))
			.bind("now", now)
			.fetch()
			.rowsUpdated();
	}

	/**
	 * Claims up to {@code limit} due jobs of one partner for a lease. Rows another worker
	 * holds are skipped, so instances share the work without doubles; a job waits until
	 * the job it runs after has succeeded.
	 */
	public Flux<ClaimedJob> claim(Partner partner, Instant now, Duration lease, int limit) {
		return database.sql(CLAIM)
			.bind("partner", partner.name())
			.bind("now", now)
			.bind("leaseEnd", now.plus(lease))
			.bind("limit", limit)
			.map(row -> new ClaimedJob(job(row), snapshots.stored(row, "booking_status", "booking_snapshot"),
					Optional.ofNullable(row.get("after_result", String.class)),
					Boolean.TRUE.equals(row.get("awaited", Boolean.class))))
			.all();
	}

	/** Writes the job's new state, if it is still the attempt this worker holds. */
	public Mono<Boolean> settle(IntegrationJob job, JobStatus expectedStatus, int expectedAttempts,
			Optional<String> result) {
		return settling(SETTLE, job, expectedStatus, expectedAttempts, result).fetch()
			.rowsUpdated()
			.map(updated -> updated == 1);
	}

	/**
	 * Settles the job as {@link #settle} does and, in the same statement, remembers the
	 * message it sent (a writable CTE: atomic without a transaction around it, one round
	 * trip instead of four); nothing is remembered when the job was not settled here.
	 */
	public Mono<Boolean> settleSent(IntegrationJob job, JobStatus expectedStatus, int expectedAttempts,
			Optional<String> result, SentMessage message) {
		return settling("with settled as (" + SETTLE + " returning id, booking_id), sent as ("
				+ "insert into outbound_message (job_id, booking_id, channel, recipient, kind, partner_ref, sent_at) "
				+ "select id, booking_id, :channel, :recipient, :kind, :ref, :now from settled "
				+ "on conflict (job_id) do nothing) select count(*) as settled from settled", job, expectedStatus,
				expectedAttempts, result)
			.bind("channel", message.channel().name())
			.bind("recipient", message.recipient())
			.bind("kind", message.kind().name())
			.bind("ref", message.partnerRef())
			.map(row -> row.get("settled", Long.class))
			.one()
			.map(settled -> settled == 1);
	}

	private DatabaseClient.GenericExecuteSpec settling(String sql, IntegrationJob job, JobStatus expectedStatus,
			int expectedAttempts, Optional<String> result) {
		DatabaseClient.GenericExecuteSpec update = database.sql(sql)
			.bind("status", job.status().name())
			.bind("attempts", job.attempts())
			.bind("next", job.nextAttemptAt())
			.bind("now", job.updatedAt())
			.bind("id", job.id())
			.bind("expectedStatus", expectedStatus.name())
			.bind("expectedAttempts", expectedAttempts);
		return nullable(nullable(update, "error", job.lastError()), "result", result);
	}

	public Mono<IntegrationJob> find(UUID id) {
		return database.sql("select " + COLUMNS + " from integration_job where id = :id")
			.bind("id", id)
			.map(Jobs::job)
			.one();
	}

	public Flux<IntegrationJob> list(Optional<JobStatus> status, Optional<UUID> bookingId, int limit) {
		StringBuilder sql = new StringBuilder("select " + COLUMNS + " from integration_job where true");
		status.ifPresent(s -> sql.append(" and status = :status"));
		bookingId.ifPresent(b -> sql.append(" and booking_id = :bookingId"));
		sql.append(" order by created_at desc, id limit :limit");
		DatabaseClient.GenericExecuteSpec spec = database.sql(sql.toString()).bind("limit", limit);
		if (status.isPresent()) {
			spec = spec.bind("status", status.get().name());
		}
		if (bookingId.isPresent()) {
			spec = spec.bind("bookingId", bookingId.get());
		}
		return spec.map(Jobs::job).all();
	}

	/** Reminders still waiting for a booking that moved or was cancelled. */
	public Mono<Long> cancelWaitingReminders(UUID bookingId, Instant now) {
		return database
			.sql("update integration_job set status = 'CANCELLED', updated_at = :now "
					+ "where booking_id = :bookingId and status = 'PENDING' and payload ->> 'reminder' is not null")
			.bind("bookingId", bookingId)
			.bind("now", now)
			.fetch()
			.rowsUpdated();
	}

	/**
	 * The notices of an offer that never went out (waiting, or waiting for a retry, or
	 * dead): none will now.
	 */
	public Mono<Long> cancelUnsentOfferNotices(UUID offerId, Instant now) {
		return database
			.sql("update integration_job set status = 'CANCELLED', updated_at = :now "
					+ "where booking_id = :offer and status in ('PENDING', 'DEAD') "
					+ "and payload ->> 'offer' is not null and payload ->> 'message' = 'WAITLIST_OFFER'")
			.bind("offer", offerId)
			.bind("now", now)
			.fetch()
			.rowsUpdated();
	}

	/**
	 * The jobs of a booking (or offer) still waiting for its job {@code dedupeKey}, which
	 * will not succeed now.
	 */
	public Mono<Long> cancelWaitingAfter(UUID bookingId, String dedupeKey, Instant now) {
		return database
			.sql("update integration_job set status = 'CANCELLED', updated_at = :now "
					+ "where booking_id = :booking and after_key = :key and status = 'PENDING'")
			.bind("booking", bookingId)
			.bind("key", dedupeKey)
			.bind("now", now)
			.fetch()
			.rowsUpdated();
	}

	private static DatabaseClient.GenericExecuteSpec nullable(DatabaseClient.GenericExecuteSpec spec, String name,
			Optional<String> value) {
		return value.isPresent() ? spec.bind(name, value.get()) : spec.bindNull(name, String.class);
	}

	private static String prefixed(String alias) {
		return alias + "." + COLUMNS.replace(", ", ", " + alias + ".");
	}

	private static IntegrationJob job(Readable row) {
		String after = row.get("after_key", String.class);
		String error = row.get("last_error", String.class);
		return new IntegrationJob(row.get("id", UUID.class), JobAction.valueOf(row.get("action", String.class)),
				row.get("booking_id", UUID.class), row.get("dedupe_key", String.class), Optional.ofNullable(after),
				PayloadJson.read(row.get("payload", Json.class)), JobStatus.valueOf(row.get("status", String.class)),
				row.get("attempts", Integer.class), row.get("next_attempt_at", Instant.class),
				Optional.ofNullable(error).filter(e -> !e.isEmpty()), row.get("created_at", Instant.class),
				row.get("updated_at", Instant.class));
	}

}
