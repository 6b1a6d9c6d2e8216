package org.bookingfleet.integration.job.internal.store;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.bookingfleet.events.integration.NotarizationStatusChanged;
import org.bookingfleet.integration.notarization.RonSession;
import org.bookingfleet.integration.notarization.SessionStatus;
import org.bookingfleet.platform.outbox.Outbox;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

@Repository
public class RonSessions {

	private final DatabaseClient database;

	private final Outbox outbox;

	public RonSessions(DatabaseClient database, Outbox outbox) {
		this.database = database;
		this.outbox = outbox;
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
	 * out of an ended one, never back) and announces the move to the booking
	 * ({@link NotarizationStatusChanged}, in the caller's transaction); answers whether
	 * it moved. A status it already has or is past changes and announces nothing.
	 */
	public Mono<Boolean> move(String transactionId, SessionStatus next, Instant now) {
		return database.sql("select booking_id, status from ron_session where transaction_id = :transaction for update")
			.bind("transaction", transactionId)
			.map(row -> new Standing(row.get("booking_id", UUID.class),
					SessionStatus.valueOf(row.get("status", String.class))))
			.one()
			.filter(current -> current.status().canMoveTo(next))
			.flatMap(current -> database
				.sql("update ron_session set status = :status, completed_at = case when :ended then :now "
						+ "else completed_at end where transaction_id = :transaction")
				.bind("status", next.name())
				.bind("ended", next.ended())
				.bind("now", now)
				.bind("transaction", transactionId)
				.fetch()
				.rowsUpdated()
				.filter(updated -> updated == 1)
				.flatMap(updated -> outbox
					.append(new NotarizationStatusChanged(current.bookingId(), transactionId, next.name(), now))
					.thenReturn(true)))
			.defaultIfEmpty(false);
	}

	/** Whose session it is and where it stands. */
	private record Standing(UUID bookingId, SessionStatus status) {
	}

}
