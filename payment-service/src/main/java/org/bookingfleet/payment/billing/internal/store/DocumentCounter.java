package org.bookingfleet.payment.billing.internal.store;

import org.bookingfleet.payment.billing.invoice.DocumentKind;
import org.bookingfleet.payment.billing.invoice.DocumentNumber;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/**
 * Hands out the next number of a series (a business's prefix, a kind of document, a year)
 * inside the caller's transaction. The upsert locks the series row until that transaction
 * ends, so concurrent issuers of one series queue on it while other businesses' series go
 * on, and a rollback returns the number: gapless and unique.
 */
@Repository
public class DocumentCounter {

	private final DatabaseClient database;

	public DocumentCounter(DatabaseClient database) {
		this.database = database;
	}

	/** The next number of the platform's own series, without a business prefix. */
	public Mono<DocumentNumber> next(DocumentKind kind, int year) {
		return next("", kind, year);
	}

	public Mono<DocumentNumber> next(String series, DocumentKind kind, int year) {
		return database
			.sql("insert into document_series (series, kind, year, last_issued) values (:series, :kind, :year, 1) "
					+ "on conflict (series, kind, year) do update set last_issued = document_series.last_issued + 1 "
					+ "returning last_issued")
			.bind("series", series)
			.bind("kind", kind.name())
			.bind("year", year)
			.map(row -> new DocumentNumber(series, kind, year, row.get("last_issued", Long.class)))
			.one();
	}

}
