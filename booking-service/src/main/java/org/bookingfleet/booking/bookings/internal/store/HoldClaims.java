package org.bookingfleet.booking.bookings.internal.store;

import java.time.Instant;
import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/**
 * Which booking turned each hold into its slot. A claim is written in the transaction
 * that stores the booking (or the reschedule); the hold's key refuses a second claim, so
 * one hold is booked at most once, whatever the concurrency.
 */
@Repository
public class HoldClaims {

	private final DatabaseClient database;

	public HoldClaims(DatabaseClient database) {
		this.database = database;
	}

	/**
	 * True when this booking now owns the hold (or owned it already); false when another
	 * booking claimed it first.
	 */
	public Mono<Boolean> claim(UUID holdId, UUID bookingId, Instant now) {
		return database.sql("""
				insert into hold_claim (hold_id, booking_id, claimed_at) values (:hold, :booking, :now)
				on conflict (hold_id) do nothing
				""")
			.bind("hold", holdId)
			.bind("booking", bookingId)
			.bind("now", now)
			.fetch()
			.rowsUpdated()
			.flatMap(inserted -> inserted > 0 ? Mono.just(true) : ownerOf(holdId).map(bookingId::equals));
	}

	public Mono<UUID> ownerOf(UUID holdId) {
		return database.sql("select booking_id from hold_claim where hold_id = :hold")
			.bind("hold", holdId)
			.map((row, meta) -> row.get("booking_id", UUID.class))
			.one();
	}

}
