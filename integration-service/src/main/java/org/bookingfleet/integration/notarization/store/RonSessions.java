package org.bookingfleet.integration.notarization.store;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.bookingfleet.integration.notarization.RonSession;
import org.bookingfleet.integration.notarization.SessionStatus;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

@Repository
public class RonSessions {

	private final DatabaseClient database;

	public RonSessions(DatabaseClient database) {
		this.database = database;
	}

	/** The sessions kept for this booking or under this transaction id (at most two). */
	public Mono<List<RonSession>> keptFor(UUID bookingId, String transactionId) {
		return database
			.sql("select booking_id, transaction_id, signer_link from ron_session "
					+ "where booking_id = :booking or transaction_id = :transaction")
			.bind("booking", bookingId)
			.bind("transaction", transactionId)
			.map(row -> new RonSession(row.get("booking_id", UUID.class), row.get("transaction_id", String.class),
					row.get("signer_link", String.class)))
			.all()
			.collectList();
	}

	/**
	 * Keeps a new session; a transaction id kept meanwhile for another booking fails on
	 * its unique key.
	 */
	public Mono<Void> add(RonSession session, Instant now) {
		DatabaseClient.GenericExecuteSpec insert = database
			.sql("insert into ron_session (booking_id, transaction_id, "
					+ "signer_link, status, created_at) values (:booking, :transaction, :link, 'CREATED', :now) "
					+ "on conflict (booking_id) do nothing")
			.bind("booking", session.bookingId())
			.bind("transaction", session.transactionId())
			.bind("now", now);
		insert = session.signerLink() == null ? insert.bindNull("link", String.class)
				: insert.bind("link", session.signerLink());
		return insert.then();
	}

	/** The booking's session and where it stands, if Proof made one. */
	public Mono<Kept> of(UUID bookingId) {
		return database
			.sql("select booking_id, transaction_id, signer_link, status from ron_session where booking_id = :booking")
			.bind("booking", bookingId)
			.map(row -> new Kept(
					new RonSession(row.get("booking_id", UUID.class), row.get("transaction_id", String.class),
							row.get("signer_link", String.class)),
					SessionStatus.valueOf(row.get("status", String.class))))
			.one();
	}

	/** A session as kept, with its status. */
	public record Kept(RonSession session, SessionStatus status) {
	}

	/**
	 * Moves the transaction's session to {@code next} where its status allows it (never
	 * out of an ended one, never back); answers whether it moved.
	 */
	public Mono<Boolean> move(String transactionId, SessionStatus next, Instant now) {
		return database.sql("select status from ron_session where transaction_id = :transaction for update")
			.bind("transaction", transactionId)
			.map(row -> SessionStatus.valueOf(row.get("status", String.class)))
			.one()
			.filter(current -> current.canMoveTo(next))
			.flatMap(current -> database
				.sql("update ron_session set status = :status, completed_at = case when :ended then :now "
						+ "else completed_at end where transaction_id = :transaction")
				.bind("status", next.name())
				.bind("ended", next.ended())
				.bind("now", now)
				.bind("transaction", transactionId)
				.fetch()
				.rowsUpdated()
				.map(updated -> updated == 1))
			.defaultIfEmpty(false);
	}

}
