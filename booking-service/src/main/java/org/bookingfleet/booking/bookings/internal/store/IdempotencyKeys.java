package org.bookingfleet.booking.bookings.internal.store;

import java.time.Instant;
import java.util.UUID;

import org.bookingfleet.booking.idempotency.IdempotencyRecord;
import org.bookingfleet.booking.idempotency.StoredAnswer;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/**
 * Claims, answers and releases of idempotency keys. A claim is one row insert, so
 * concurrent duplicates race fairly.
 */
@Repository
public class IdempotencyKeys {

	private final DatabaseClient database;

	public IdempotencyKeys(DatabaseClient database) {
		this.database = database;
	}

	/** True when this request now owns the key. */
	public Mono<Boolean> claim(String key, String fingerprint, Instant now) {
		return database.sql("""
				insert into idempotency_key (key, fingerprint, claimed_at) values (:key, :fingerprint, :now)
				on conflict (key) do nothing
				""")
			.bind("key", key)
			.bind("fingerprint", fingerprint)
			.bind("now", now)
			.fetch()
			.rowsUpdated()
			.map(rows -> rows == 1);
	}

	/**
	 * Takes over an expired or abandoned key, only if nobody else took it over since it
	 * was read.
	 */
	public Mono<Boolean> takeOver(IdempotencyRecord stale, String fingerprint, Instant now) {
		return database.sql("""
				update idempotency_key set fingerprint = :fingerprint, claimed_at = :now, booking_id = null,
				    answer_status = null, answer_body = null, answer_location = null
				where key = :key and claimed_at = :claimedAt
				""")
			.bind("key", stale.key())
			.bind("fingerprint", fingerprint)
			.bind("now", now)
			.bind("claimedAt", stale.claimedAt())
			.fetch()
			.rowsUpdated()
			.map(rows -> rows == 1);
	}

	public Mono<IdempotencyRecord> find(String key) {
		return database.sql("select * from idempotency_key where key = :key").bind("key", key).map((row, meta) -> {
			Integer status = row.get("answer_status", Integer.class);
			StoredAnswer answer = status == null ? null : new StoredAnswer(status, row.get("answer_body", String.class),
					row.get("answer_location", String.class));
			return new IdempotencyRecord(row.get("key", String.class), row.get("fingerprint", String.class),
					row.get("claimed_at", Instant.class),
					row.get("booking_id", UUID.class) == null ? null : row.get("booking_id", UUID.class).toString(),
					answer);
		}).one();
	}

	/**
	 * Written in the booking's own transaction, so a key never loses the booking it
	 * created.
	 */
	public Mono<Void> attach(String key, String fingerprint, UUID bookingId) {
		return database
			.sql("update idempotency_key set booking_id = :booking where key = :key and fingerprint = :fingerprint")
			.bind("booking", bookingId)
			.bind("key", key)
			.bind("fingerprint", fingerprint)
			.fetch()
			.rowsUpdated()
			.then();
	}

	public Mono<Void> answer(String key, String fingerprint, StoredAnswer answer) {
		var spec = database.sql("""
				update idempotency_key set answer_status = :status, answer_body = :body, answer_location = :location
				where key = :key and fingerprint = :fingerprint
				""")
			.bind("status", answer.status())
			.bind("body", answer.body())
			.bind("key", key)
			.bind("fingerprint", fingerprint);
		spec = answer.location() == null ? spec.bindNull("location", String.class)
				: spec.bind("location", answer.location());
		return spec.fetch().rowsUpdated().then();
	}

	/**
	 * Gives the key back when the request failed before it created anything, so a
	 * corrected retry can run.
	 */
	public Mono<Void> release(String key, String fingerprint, Instant claimedAt) {
		return database.sql(
				"delete from idempotency_key where key = :key and fingerprint = :fingerprint and claimed_at = :at and booking_id is null")
			.bind("key", key)
			.bind("fingerprint", fingerprint)
			.bind("at", claimedAt)
			.fetch()
			.rowsUpdated()
			.then();
	}

	public Mono<Void> forgetOlderThan(Instant cutoff) {
		return database.sql("delete from idempotency_key where claimed_at < :cutoff")
			.bind("cutoff", cutoff)
			.fetch()
			.rowsUpdated()
			.then();
	}

}
