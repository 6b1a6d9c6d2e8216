package org.bookingfleet.platform;

import java.util.function.Function;

import reactor.core.publisher.Flux;

/**
 * The rows of a statement, read to the end of its answer before the first is handed on:
 * for rows whose handling makes statements on the same connection (in the same
 * transaction). R2DBC PostgreSQL answers a connection's statements in turn and reads an
 * answer only as fast as its rows are asked for, and {@code concatMap} asks 32 ahead: a
 * statement made for one row of a longer answer waits behind the unread rest, which waits
 * for it, so the transaction stays open and the work stops, for good. Read whole, the
 * answer has ended before the first row's statement goes out.
 */
public final class WholeResult {

	private WholeResult() {
	}

	public static <T> Flux<T> of(Flux<T> rows) {
		return rows.collectList().flatMapIterable(Function.identity());
	}

}
