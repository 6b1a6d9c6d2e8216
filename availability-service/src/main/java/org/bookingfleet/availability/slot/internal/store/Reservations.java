package org.bookingfleet.availability.slot.internal.store;

import java.time.Instant;
import java.util.UUID;

import io.r2dbc.spi.Readable;
import org.bookingfleet.availability.slot.internal.store.StoredReservation.Kind;
import org.bookingfleet.availability.time.TimeRange;
import org.bookingfleet.platform.WholeResult;
import org.bookingfleet.platform.outbox.Outbox;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The reservation table. Inserts rely on its exclusion constraint: an insert that would
 * overlap another reservation of the provider inserts nothing (ON CONFLICT DO NOTHING
 * waits for concurrent inserts to settle).
 */
@Repository
public class Reservations {

	private static final String COLUMNS = "id, provider_id, service_id, kind, starts_at, ends_at, lower(during) as "
			+ "reserved_from, upper(during) as reserved_to, seats, expires_at, booking_id";

	private static final String INSERT_IF_FREE = """
			insert into reservation (id, provider_id, service_id, kind, starts_at, ends_at, during, seats,
			    expires_at, booking_id)
			values (:id, :provider, :service, :kind, :start, :end, tstzrange(:from, :to, '[)'), :seats,
			    :expires, :booking)
			on conflict do nothing
			returning\s""" + COLUMNS;

	private final DatabaseClient database;

	private final Outbox outbox;

	public Reservations(DatabaseClient database, Outbox outbox) {
		this.database = database;
		this.outbox = outbox;
	}

	/**
	 * Inserts the reservation unless its reserved range overlaps another one of the
	 * provider.
	 */
	public Mono<StoredReservation> insertIfFree(StoredReservation reservation) {
		return inserting(database.sql(INSERT_IF_FREE), reservation).map(Reservations::read).one();
	}

	/**
	 * Inserts the reservation as {@link #insertIfFree} does and records its event in the
	 * same statement ({@link Outbox#withEvent}); when it overlaps another, neither is
	 * written.
	 */
	public Mono<StoredReservation> insertIfFreeAnnouncing(StoredReservation reservation, Object event) {
		return inserting(outbox.withEvent(INSERT_IF_FREE, event), reservation).map(Reservations::read).one();
	}

	private static DatabaseClient.GenericExecuteSpec inserting(DatabaseClient.GenericExecuteSpec insert,
			StoredReservation reservation) {
		insert = insert.bind("id", reservation.id())
			.bind("provider", reservation.providerId())
			.bind("service", reservation.serviceId())
			.bind("kind", reservation.kind().name())
			.bind("start", reservation.start())
			.bind("end", reservation.end())
			.bind("from", reservation.reserved().start())
			.bind("to", reservation.reserved().end())
			.bind("seats", reservation.seats());
		insert = reservation.expiresAt() == null ? insert.bindNull("expires", Instant.class)
				: insert.bind("expires", reservation.expiresAt());
		return reservation.bookingId() == null ? insert.bindNull("booking", UUID.class)
				: insert.bind("booking", reservation.bookingId());
	}

	/**
	 * Deletes the expired holds of the provider that overlap the range, so that they stop
	 * counting at once.
	 */
	public Flux<StoredReservation> releaseExpiredHoldsOverlapping(long providerId, TimeRange range, Instant now) {
		return database.sql("""
				delete from reservation
				where provider_id = :provider and kind = 'HOLD' and expires_at <= :now
				  and during && tstzrange(:from, :to, '[)')
				returning\s""" + COLUMNS)
			.bind("provider", providerId)
			.bind("now", now)
			.bind("from", range.start())
			.bind("to", range.end())
			.map(Reservations::read)
			.all()
			.as(WholeResult::of);
	}

	/**
	 * A batch of expired holds of any provider, deleted; rows other sweepers hold are
	 * skipped.
	 */
	public Flux<StoredReservation> releaseExpiredHolds(Instant now, int batch) {
		return database.sql("""
				delete from reservation where id in (
				    select id from reservation where kind = 'HOLD' and expires_at <= :now
				    order by expires_at limit :batch for update skip locked)
				returning\s""" + COLUMNS)
			.bind("now", now)
			.bind("batch", batch)
			.map(Reservations::read)
			.all()
			.as(WholeResult::of);
	}

	/**
	 * The reservations of the provider that count at this instant and touch the range.
	 */
	public Flux<StoredReservation> counting(long providerId, TimeRange range, Instant now) {
		return database.sql("select " + COLUMNS + """
				 from reservation
				where provider_id = :provider and during && tstzrange(:from, :to, '[)')
				  and (kind <> 'HOLD' or expires_at > :now)
				order by starts_at""")
			.bind("provider", providerId)
			.bind("now", now)
			.bind("from", range.start())
			.bind("to", range.end())
			.map(Reservations::read)
			.all();
	}

	public Mono<StoredReservation> find(UUID id) {
		return database.sql("select " + COLUMNS + " from reservation where id = :id")
			.bind("id", id)
			.map(Reservations::read)
			.one();
	}

	/** Turns a hold that has not expired into a booked slot of the booking. */
	public Mono<StoredReservation> book(UUID holdId, UUID bookingId, Instant now) {
		return database.sql("""
				update reservation set kind = 'BOOKED', booking_id = :booking, expires_at = null
				where id = :id and kind = 'HOLD' and expires_at > :now
				returning\s""" + COLUMNS)
			.bind("id", holdId)
			.bind("booking", bookingId)
			.bind("now", now)
			.map(Reservations::read)
			.one();
	}

	public Mono<StoredReservation> delete(UUID id) {
		return database.sql("delete from reservation where id = :id returning " + COLUMNS)
			.bind("id", id)
			.map(Reservations::read)
			.one();
	}

	/**
	 * Deletes the booked slots of the booking, but for the one it keeps (when it moves to
	 * that one).
	 */
	public Flux<StoredReservation> releaseBooking(UUID bookingId, UUID kept) {
		return database
			.sql("delete from reservation where booking_id = :booking and kind = 'BOOKED' and id <> :kept "
					+ "returning " + COLUMNS)
			.bind("booking", bookingId)
			.bind("kept", kept)
			.map(Reservations::read)
			.all()
			.as(WholeResult::of);
	}

	/**
	 * Serialises the reservations of one provider inside the current transaction (for
	 * daily limits).
	 */
	public Mono<Void> lockProvider(long providerId) {
		return database.sql("select pg_advisory_xact_lock(:provider)")
			.bind("provider", providerId)
			.fetch()
			.rowsUpdated()
			.then();
	}

	private static StoredReservation read(Readable row) {
		Long provider = row.get("provider_id", Long.class);
		Integer seats = row.get("seats", Integer.class);
		return new StoredReservation(row.get("id", UUID.class), provider == null ? 0L : provider,
				row.get("service_id", String.class), Kind.valueOf(row.get("kind", String.class)),
				row.get("starts_at", Instant.class), row.get("ends_at", Instant.class),
				new TimeRange(row.get("reserved_from", Instant.class), row.get("reserved_to", Instant.class)),
				seats == null ? 1 : seats, row.get("expires_at", Instant.class), row.get("booking_id", UUID.class));
	}

}
