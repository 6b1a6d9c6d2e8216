package org.bookingfleet.integration.job.internal.store;

import java.time.Instant;
import java.util.UUID;

import org.bookingfleet.integration.waitlist.OfferEnd;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/**
 * The offers that ended before their customer could take them, kept by offer id whether
 * or not the offer came.
 */
@Repository
public class OfferEnds {

	private final DatabaseClient database;

	public OfferEnds(DatabaseClient database) {
		this.database = database;
	}

	/**
	 * Holds the offer until the transaction ends, so that an offer and its end, arriving
	 * on different topics at the same time, are applied one after the other: the later
	 * one sees what the earlier one wrote.
	 */
	public Mono<Void> lock(UUID offerId) {
		return database.sql("select pg_advisory_xact_lock(hashtextextended(:offer, 0))")
			.bind("offer", offerId.toString())
			.fetch()
			.rowsUpdated()
			.then();
	}

	/**
	 * Keeps the end of an offer; answers false when the offer had already ended (a
	 * redelivery, or both ends).
	 */
	public Mono<Boolean> add(UUID offerId, OfferEnd end, Instant now) {
		return database
			.sql("insert into waitlist_offer_end (offer_id, reason, ended_at) values (:offer, :reason, :now) "
					+ "on conflict (offer_id) do nothing")
			.bind("offer", offerId)
			.bind("reason", end.name())
			.bind("now", now)
			.fetch()
			.rowsUpdated()
			.map(inserted -> inserted == 1);
	}

	/** Why the offer ended; empty while it stands. */
	public Mono<OfferEnd> of(UUID offerId) {
		return database.sql("select reason from waitlist_offer_end where offer_id = :offer")
			.bind("offer", offerId)
			.map(row -> OfferEnd.valueOf(row.get("reason", String.class)))
			.one();
	}

}
