package org.bookingfleet.availability.slot.internal.store;

import java.time.Instant;
import java.util.UUID;

import org.bookingfleet.platform.WholeResult;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Sessions with seats (courses, group sessions). The seat count only moves through
 * guarded updates, so a session is never oversold however many requests arrive at once.
 */
@Repository
public class SeatSessions {

	public record Session(UUID id, long providerId, String serviceId, Instant start, Instant end, int capacity,
			int seatsTaken) {
	}

	public record SeatHold(UUID id, UUID sessionId, int seats, String kind, Instant expiresAt, UUID bookingId) {
	}

	private final DatabaseClient database;

	public SeatSessions(DatabaseClient database) {
		this.database = database;
	}

	/**
	 * Creates the session unless it exists; emits its id only when this call created it.
	 */
	public Mono<UUID> createIfMissing(UUID id, long providerId, String serviceId, Instant start, Instant end,
			int capacity) {
		return database.sql("""
				insert into seat_session (id, provider_id, service_id, starts_at, ends_at, capacity)
				values (:id, :provider, :service, :start, :end, :capacity)
				on conflict (provider_id, service_id, starts_at) do nothing returning id""")
			.bind("id", id)
			.bind("provider", providerId)
			.bind("service", serviceId)
			.bind("start", start)
			.bind("end", end)
			.bind("capacity", capacity)
			.map(row -> row.get("id", UUID.class))
			.one();
	}

	public Mono<Session> find(long providerId, String serviceId, Instant start) {
		return database.sql("""
				select * from seat_session
				where provider_id = :provider and service_id = :service and starts_at = :start""")
			.bind("provider", providerId)
			.bind("service", serviceId)
			.bind("start", start)
			.map((row, meta) -> session(row))
			.one();
	}

	/**
	 * The sessions starting in the range, their seats counted without the holds that
	 * expired by now.
	 */
	public Flux<Session> between(long providerId, String serviceId, Instant from, Instant to, Instant now) {
		return database.sql("""
				select s.id, s.provider_id, s.service_id, s.starts_at, s.ends_at, s.capacity,
				       coalesce((select sum(h.seats) from seat_hold h where h.session_id = s.id
				                 and (h.kind = 'BOOKED' or h.expires_at > :now)), 0)::integer as seats_taken
				from seat_session s
				where s.provider_id = :provider and s.service_id = :service and s.starts_at >= :from
				  and s.starts_at < :to""")
			.bind("provider", providerId)
			.bind("service", serviceId)
			.bind("from", from)
			.bind("to", to)
			.bind("now", now)
			.map((row, meta) -> session(row))
			.all();
	}

	/** Takes the seats if the session still has them; emits whether it did. */
	public Mono<Boolean> take(UUID sessionId, int seats) {
		return database.sql("""
				update seat_session set seats_taken = seats_taken + :seats
				where id = :id and seats_taken + :seats <= capacity""")
			.bind("id", sessionId)
			.bind("seats", seats)
			.fetch()
			.rowsUpdated()
			.map(updated -> updated == 1);
	}

	public Mono<Void> giveBack(UUID sessionId, int seats) {
		return database.sql("update seat_session set seats_taken = seats_taken - :seats where id = :id")
			.bind("id", sessionId)
			.bind("seats", seats)
			.fetch()
			.rowsUpdated()
			.then();
	}

	public Mono<Void> insertHold(SeatHold hold) {
		DatabaseClient.GenericExecuteSpec insert = database.sql("""
				insert into seat_hold (id, session_id, seats, kind, expires_at, booking_id)
				values (:id, :session, :seats, :kind, :expires, :booking)""")
			.bind("id", hold.id())
			.bind("session", hold.sessionId())
			.bind("seats", hold.seats())
			.bind("kind", hold.kind());
		insert = hold.expiresAt() == null ? insert.bindNull("expires", Instant.class)
				: insert.bind("expires", hold.expiresAt());
		insert = hold.bookingId() == null ? insert.bindNull("booking", UUID.class)
				: insert.bind("booking", hold.bookingId());
		return insert.fetch().rowsUpdated().then();
	}

	public Mono<SeatHold> findHold(UUID id) {
		return database.sql("select * from seat_hold where id = :id")
			.bind("id", id)
			.map((row, meta) -> hold(row))
			.one();
	}

	public Mono<SeatHold> bookHold(UUID id, UUID bookingId) {
		return database.sql("""
				update seat_hold set kind = 'BOOKED', booking_id = :booking, expires_at = null
				where id = :id and kind = 'HOLD' returning *""")
			.bind("id", id)
			.bind("booking", bookingId)
			.map((row, meta) -> hold(row))
			.one();
	}

	/** Deletes the seat hold and gives its seats back to the session. */
	public Mono<SeatHold> release(UUID id) {
		return database.sql("delete from seat_hold where id = :id returning *")
			.bind("id", id)
			.map((row, meta) -> hold(row))
			.one()
			.flatMap(hold -> giveBack(hold.sessionId(), hold.seats()).thenReturn(hold));
	}

	public Flux<SeatHold> releaseBooking(UUID bookingId, UUID kept) {
		return database.sql("select id from seat_hold where booking_id = :booking and kind = 'BOOKED' and id <> :kept")
			.bind("booking", bookingId)
			.bind("kept", kept)
			.map(row -> row.get("id", UUID.class))
			.all()
			.as(WholeResult::of)
			.concatMap(this::release);
	}

	/**
	 * Expired seat holds of a session, or of any session when none is named, released in
	 * one batch.
	 */
	public Flux<SeatHold> releaseExpired(UUID sessionId, Instant now, int batch) {
		String sql = """
				select id from seat_hold where kind = 'HOLD' and expires_at <= :now
				""" + (sessionId == null ? "" : " and session_id = :session ")
				+ " order by expires_at limit :batch for update skip locked";
		DatabaseClient.GenericExecuteSpec select = database.sql(sql).bind("now", now).bind("batch", batch);
		if (sessionId != null) {
			select = select.bind("session", sessionId);
		}
		return select.map(row -> row.get("id", UUID.class)).all().as(WholeResult::of).concatMap(this::release);
	}

	public Mono<Session> findSession(UUID id) {
		return database.sql("select * from seat_session where id = :id")
			.bind("id", id)
			.map((row, meta) -> session(row))
			.one();
	}

	private static Session session(io.r2dbc.spi.Readable row) {
		return new Session(row.get("id", UUID.class), row.get("provider_id", Long.class),
				row.get("service_id", String.class), row.get("starts_at", Instant.class),
				row.get("ends_at", Instant.class), row.get("capacity", Integer.class),
				row.get("seats_taken", Integer.class));
	}

	private static SeatHold hold(io.r2dbc.spi.Readable row) {
		return new SeatHold(row.get("id", UUID.class), row.get("session_id", UUID.class),
				row.get("seats", Integer.class), row.get("kind", String.class), row.get("expires_at", Instant.class),
				row.get("booking_id", UUID.class));
	}

}
