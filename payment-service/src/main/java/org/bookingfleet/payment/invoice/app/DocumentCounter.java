package org.bookingfleet.payment.invoice.app;

import reactor.core.publisher.Mono;

import org.bookingfleet.payment.invoice.DocumentKind;
import org.bookingfleet.payment.invoice.DocumentNumber;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

/**
 * Hands out the next number of a series inside the caller's transaction. The upsert locks
 * the series row until that transaction ends, so concurrent issuers queue on it, and a
 * rollback returns the number: gapless and unique.
 */
@Repository
public class DocumentCounter {

	private final DatabaseClient database;

	public DocumentCounter(DatabaseClient database) {
		this.database = database;
	}

	public Mono<DocumentNumber> next(DocumentKind kind, int year) {
		return database
			.sql("insert into document_series (kind, year, last_issued) values (:kind, :year, 1) "
					+ "on conflict (kind, year) do update set last_issued = document_series.last_issued + 1 "
					+ "returning last_issued")
			.bind("kind", kind.name())
			.bind("year", year)
			.map(row -> new DocumentNumber(kind, year, row.get("last_issued", Long.class)))
			.one();
	}

}
