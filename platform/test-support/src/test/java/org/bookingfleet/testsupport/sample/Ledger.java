package org.bookingfleet.testsupport.sample;

import java.util.UUID;

import org.bookingfleet.platform.outbox.Outbox;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

@Component
public class Ledger {

	private final DatabaseClient database;

	private final Outbox outbox;

	private final TransactionalOperator transaction;

	public Ledger(DatabaseClient database, Outbox outbox, TransactionalOperator transaction) {
		this.database = database;
		this.outbox = outbox;
		this.transaction = transaction;
	}

	/**
	 * Stores the entry and its event; {@code failAfterWrite} fails the use case after
	 * both were written.
	 */
	public Mono<UUID> record(String account, String note, boolean failAfterWrite) {
		UUID id = UUID.randomUUID();
		Mono<UUID> useCase = this.database
			.sql("insert into ledger_entry (id, account, note) values (:id, :account, :note)")
			.bind("id", id)
			.bind("account", account)
			.bind("note", note)
			.fetch()
			.rowsUpdated()
			.then(this.outbox.append(new EntryRecorded(id, account, note, 1)))
			.then(failAfterWrite ? Mono.error(new IllegalStateException("failed after writing")) : Mono.just(id));
		return this.transaction.transactional(useCase);
	}

	/** How many times the projection applied the entry. */
	public Mono<Long> timesApplied(UUID entryId) {
		return this.database.sql("select count(*) from applied_entry where entry_id = :id")
			.bind("id", entryId)
			.map(row -> row.get(0, Long.class))
			.one();
	}

}
