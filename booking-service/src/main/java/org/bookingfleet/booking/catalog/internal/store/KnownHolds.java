package org.bookingfleet.booking.catalog.internal.store;

import java.time.Instant;
import java.util.UUID;

import org.bookingfleet.booking.catalog.KnownHold;
import org.bookingfleet.events.availability.SlotHeld;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/**
 * Holds announced by the availability service. A customer's own hold is trusted by its
 * token; this replica serves the holds the availability service makes for waitlist
 * offers, whose link is the customer's capability.
 */
@Repository
public class KnownHolds {

	private final DatabaseClient database;

	public KnownHolds(DatabaseClient database) {
		this.database = database;
	}

	public Mono<Void> remember(SlotHeld held) {
		return database.sql("""
				insert into known_hold (hold_id, provider_id, service_id, starts_at, ends_at, seats, expires_at)
				values (:hold, :provider, :service, :start, :end, :seats, :expires)
				on conflict (hold_id) do nothing
				""")
			.bind("hold", held.holdId())
			.bind("provider", held.providerId())
			.bind("service", held.serviceId())
			.bind("start", held.start())
			.bind("end", held.end())
			.bind("seats", held.seats())
			.bind("expires", held.expiresAt())
			.fetch()
			.rowsUpdated()
			.then();
	}

	/**
	 * The slot held for a waitlist offer (under the offer's id); a customer's own holds
	 * are not found here.
	 */
	public Mono<KnownHold> findOffered(UUID offerId) {
		return find("select k.* from known_hold k join waitlist_offer o on o.id = k.hold_id where k.hold_id = :hold",
				offerId);
	}

	private Mono<KnownHold> find(String sql, UUID holdId) {
		return database.sql(sql)
			.bind("hold", holdId)
			.map((row, meta) -> new KnownHold(row.get("hold_id", UUID.class), row.get("provider_id", Long.class),
					row.get("service_id", String.class), row.get("starts_at", Instant.class),
					row.get("ends_at", Instant.class), row.get("seats", Integer.class),
					row.get("expires_at", Instant.class)))
			.one();
	}

}
