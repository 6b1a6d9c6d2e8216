package org.bookingfleet.platform;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;

import io.r2dbc.spi.Readable;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A table whose rows wait for a {@link LeasedWork}: each row carries its next turn
 * ({@code next_try_at}), how many tries failed ({@code tries}) and the last failure
 * ({@code last_error}). Claiming pushes the due rows' next turn a lease away in one
 * statement, skipping rows another instance is claiming; a failed try waits twice as long
 * as the one before, from the work's interval up to a minute.
 */
public final class LeasedRows {

	private final DatabaseClient database;

	private final String table;

	private final String columns;

	/**
	 * @param table the table (its key column is {@code id})
	 * @param columns the columns a claim returns
	 */
	public LeasedRows(DatabaseClient database, String table, String columns) {
		this.database = database;
		this.table = table;
		this.columns = columns;
	}

	/**
	 * Claims up to {@code limit} rows that match {@code waiting} and whose turn has come,
	 * oldest turn first, for {@code lease}.
	 */
	public <T> Flux<T> claim(String waiting, int limit, Duration lease, Function<Readable, T> read) {
		return this.database
			.sql("update " + this.table + " set next_try_at = :lease where id in (select id from " + this.table
					+ " where " + waiting + " and next_try_at <= now() order by next_try_at limit :limit "
					+ "for update skip locked) returning " + this.columns)
			.bind("lease", Instant.now().plus(lease))
			.bind("limit", limit)
			.map(read)
			.all();
	}

	/**
	 * Records a failed try of the row (if it still matches {@code stillWaiting}) and puts
	 * its next turn off: {@code retryIn} after the first failure, twice as long after
	 * each one more, at most a minute.
	 */
	public Mono<Long> failed(Object id, String stillWaiting, String error, Duration retryIn) {
		return this.database
			.sql("update " + this.table + " set tries = tries + 1, last_error = :error, "
					+ "next_try_at = now() + make_interval(secs => least(60, :base * power(2, least(tries, 10)))) "
					+ "where id = :id and " + stillWaiting)
			.bind("error", (error != null) ? error : "unknown")
			.bind("base", retryIn.toMillis() / 1000.0)
			.bind("id", id)
			.fetch()
			.rowsUpdated();
	}

}
