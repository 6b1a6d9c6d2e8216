package org.bookingfleet.booking.bookings.internal.store;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

import org.bookingfleet.booking.notarization.Notarization;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/**
 * The latest notarization status of each remote online notarization booking, as the
 * integration service announced it. Only bookings with a Proof transaction have one.
 */
@Repository
public class BookingNotarizations {

	private final DatabaseClient database;

	public BookingNotarizations(DatabaseClient database) {
		this.database = database;
	}

	/**
	 * Keeps what the booking shows after hearing {@code heard}
	 * ({@link Notarization#after}): a finished status is never replaced.
	 */
	public Mono<Void> heard(UUID bookingId, String transactionId, Notarization heard) {
		return kept(bookingId).map(kept -> kept.after(heard))
			.defaultIfEmpty(heard)
			.filter(shown -> shown == heard)
			.flatMap(shown -> database
				.sql("insert into booking_notarization (booking_id, transaction_id, status, updated_at) "
						+ "values (:booking, :transaction, :status, :at) on conflict (booking_id) do update set "
						+ "transaction_id = excluded.transaction_id, status = excluded.status, "
						+ "updated_at = excluded.updated_at")
				.bind("booking", bookingId)
				.bind("transaction", transactionId)
				.bind("status", shown.status())
				.bind("at", shown.updatedAt())
				.then());
	}

	private Mono<Notarization> kept(UUID bookingId) {
		return database
			.sql("select status, updated_at from booking_notarization where booking_id = :booking for update")
			.bind("booking", bookingId)
			.map(row -> new Notarization(row.get("status", String.class), row.get("updated_at", Instant.class)))
			.one();
	}

	/** The notarization of those of the bookings that have one. */
	public Mono<Map<UUID, Notarization>> of(Collection<UUID> bookingIds) {
		if (bookingIds.isEmpty()) {
			return Mono.just(Map.of());
		}
		return database
			.sql("select booking_id, status, updated_at from booking_notarization where booking_id = any(:bookings)")
			.bind("bookings", bookingIds.toArray(UUID[]::new))
			.map(row -> Map.entry(row.get("booking_id", UUID.class),
					new Notarization(row.get("status", String.class), row.get("updated_at", Instant.class))))
			.all()
			.collectMap(Map.Entry::getKey, Map.Entry::getValue);
	}

}
