package org.bookingfleet.integration.job.internal.store;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import io.r2dbc.postgresql.codec.Json;
import io.r2dbc.spi.Readable;
import org.bookingfleet.integration.booking.BookingSnapshot;
import org.bookingfleet.integration.booking.BookingStatus;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

@Repository
public class BookingSnapshots {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final DatabaseClient database;

	private final ParsedSnapshots parsed = new ParsedSnapshots(1024, BookingSnapshots::parse);

	public BookingSnapshots(DatabaseClient database) {
		this.database = database;
	}

	public record Stored(BookingSnapshot snapshot, BookingStatus status) {
	}

	/**
	 * Stores the snapshot unless a newer version is already there; true when it was
	 * stored. The text stored is parsed here, once: the booking's first jobs are claimed
	 * by several partners' workers at the same moment, and each of them would parse it.
	 */
	public Mono<Boolean> save(BookingSnapshot snapshot, BookingStatus status, Instant now) {
		return database
			.sql("insert into booking_snapshot (booking_id, version, status, snapshot, updated_at) "
					+ "values (:id, :version, :status, :snapshot, :now) on conflict (booking_id) do update set "
					+ "version = excluded.version, status = excluded.status, snapshot = excluded.snapshot, "
					+ "updated_at = excluded.updated_at where booking_snapshot.version <= excluded.version "
					+ "returning snapshot")
			.bind("id", snapshot.bookingId())
			.bind("version", snapshot.version())
			.bind("status", status.name())
			.bind("snapshot", Json.of(JSON.writeValueAsString(snapshot)))
			.bind("now", now)
			.map(row -> parsed.of(row.get("snapshot", Json.class).asString()))
			.one()
			.hasElement();
	}

	public Mono<Stored> find(UUID bookingId) {
		return database.sql("select status, snapshot from booking_snapshot where booking_id = :id")
			.bind("id", bookingId)
			.map(row -> stored(row, "status", "snapshot").orElseThrow())
			.one();
	}

	/**
	 * The snapshot a row carries in the two columns (both null: none), for statements
	 * that read it along with other rows.
	 */
	Optional<Stored> stored(Readable row, String statusColumn, String snapshotColumn) {
		Json snapshot = row.get(snapshotColumn, Json.class);
		if (snapshot == null) {
			return Optional.empty();
		}
		return Optional
			.of(new Stored(parsed.of(snapshot.asString()), BookingStatus.valueOf(row.get(statusColumn, String.class))));
	}

	private static BookingSnapshot parse(String text) {
		return JSON.readValue(text, BookingSnapshot.class);
	}

}
