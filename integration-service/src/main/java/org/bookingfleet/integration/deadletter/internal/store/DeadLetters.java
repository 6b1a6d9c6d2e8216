package org.bookingfleet.integration.deadletter.internal.store;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import io.r2dbc.spi.Readable;
import org.bookingfleet.integration.deadletter.DeadLetter;
import org.bookingfleet.integration.deadletter.DeadLetterArrival;
import org.bookingfleet.integration.deadletter.DeadLetterStatus;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The dead letters the desk keeps, one per event and consumer. */
@Repository
public class DeadLetters {

	private static final String COLUMNS = "id, topic, record_key, event_type, event_id, consumer, failure_class, "
			+ "failure_message, status, times_seen, first_seen_at, last_seen_at, updated_at";

	private final DatabaseClient database;

	public DeadLetters(DatabaseClient database) {
		this.database = database;
	}

	/**
	 * True the first time this record of a dead-letter topic is seen; runs in the
	 * transaction that keeps it.
	 */
	public Mono<Boolean> firstSight(String topic, int partition, long offset) {
		return this.database
			.sql("insert into dead_letter_record (dlq_topic, dlq_partition, dlq_offset) "
					+ "values (:topic, :partition, :offset) on conflict do nothing")
			.bind("topic", topic)
			.bind("partition", partition)
			.bind("offset", offset)
			.fetch()
			.rowsUpdated()
			.map(rows -> rows == 1);
	}

	/**
	 * Keeps a letter; one seen before (the same event failing again after a retry) is new
	 * again, with the latest failure and record.
	 */
	public Mono<Void> keep(DeadLetterArrival arrival, byte[] payload, Instant now) {
		DatabaseClient.GenericExecuteSpec insert = this.database
			.sql("insert into dead_letter (id, letter_key, topic, record_key, event_type, event_id, "
					+ "consumer, failure_class, failure_message, payload, status, times_seen, first_seen_at, last_seen_at, "
					+ "updated_at) values (:id, :letter, :topic, :key, :type, :eventId, :consumer, :failureClass, "
					+ ":failureMessage, :payload, 'NEW', 1, :now, :now, :now) on conflict (letter_key) do update set "
					+ "status = 'NEW', times_seen = dead_letter.times_seen + 1, last_seen_at = :now, updated_at = :now, "
					+ "failure_class = excluded.failure_class, failure_message = excluded.failure_message, "
					+ "payload = excluded.payload");
		insert = (arrival.eventType() != null) ? insert.bind("type", arrival.eventType())
				: insert.bindNull("type", String.class);
		insert = (arrival.eventId() != null) ? insert.bind("eventId", arrival.eventId())
				: insert.bindNull("eventId", UUID.class);
		return insert.bind("id", UUID.randomUUID())
			.bind("letter", arrival.letterKey())
			.bind("topic", arrival.originalTopic())
			.bind("key", arrival.recordKey())
			.bind("consumer", arrival.consumer().orElse(""))
			.bind("failureClass", arrival.failureClass())
			.bind("failureMessage", arrival.failureMessage())
			.bind("payload", payload)
			.bind("now", now)
			.fetch()
			.rowsUpdated()
			.then();
	}

	public Flux<DeadLetter> list(Optional<DeadLetterStatus> status, int limit) {
		return this.database
			.sql("select " + COLUMNS + " from dead_letter where (:status = '' or status = :status) "
					+ "order by last_seen_at desc, id limit :limit")
			.bind("status", status.map(Enum::name).orElse(""))
			.bind("limit", limit)
			.map(DeadLetters::letter)
			.all();
	}

	/** The letter, locked until the transaction ends. */
	public Mono<DeadLetter> lock(UUID id) {
		return this.database.sql("select " + COLUMNS + " from dead_letter where id = :id for update")
			.bind("id", id)
			.map(DeadLetters::letter)
			.one();
	}

	/** The record as it reached the dead-letter topic. */
	public Mono<byte[]> payload(UUID id) {
		return this.database.sql("select payload from dead_letter where id = :id")
			.bind("id", id)
			.map(row -> row.get("payload", byte[].class))
			.one();
	}

	/** Moves a new letter on; false when it was not new any more. */
	public Mono<Boolean> settle(DeadLetter settled) {
		return this.database
			.sql("update dead_letter set status = :status, updated_at = :now where id = :id and status = 'NEW'")
			.bind("status", settled.status().name())
			.bind("now", settled.updatedAt())
			.bind("id", settled.id())
			.fetch()
			.rowsUpdated()
			.map(rows -> rows == 1);
	}

	private static DeadLetter letter(Readable row) {
		return new DeadLetter(row.get("id", UUID.class), row.get("topic", String.class),
				row.get("record_key", String.class), row.get("event_type", String.class),
				row.get("event_id", UUID.class), row.get("consumer", String.class),
				row.get("failure_class", String.class), row.get("failure_message", String.class),
				DeadLetterStatus.valueOf(row.get("status", String.class)), row.get("times_seen", Integer.class),
				row.get("first_seen_at", Instant.class), row.get("last_seen_at", Instant.class),
				row.get("updated_at", Instant.class));
	}

}
