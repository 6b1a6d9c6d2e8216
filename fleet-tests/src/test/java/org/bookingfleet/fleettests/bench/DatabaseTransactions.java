package org.bookingfleet.fleettests.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bookingfleet.fleettests.invariants.FleetDatabases;

/**
 * The transactions each service's database has committed, from PostgreSQL's statistics
 * ({@code pg_stat_database.xact_commit}; a statement outside a transaction is one), to
 * tell what an operation costs each database. The server publishes a backend's counts
 * when it has been idle for a second or so, so a reading right after a burst may miss its
 * last second.
 */
final class DatabaseTransactions {

	private final Map<String, Long> committed;

	private DatabaseTransactions(Map<String, Long> committed) {
		this.committed = committed;
	}

	static DatabaseTransactions read() {
		Map<String, Long> committed = new LinkedHashMap<>();
		for (List<String> row : FleetDatabases.rows("postgres",
				"select datname, xact_commit from pg_stat_database where datname = any(?) order by datname",
				(Object) FleetDatabases.ALL.toArray(String[]::new))) {
			committed.put(row.get(0), Long.parseLong(row.get(1)));
		}
		return new DatabaseTransactions(committed);
	}

	/**
	 * Transactions per operation in each database since {@code before}, largest first.
	 */
	Map<String, Double> perOperationSince(DatabaseTransactions before, int operations) {
		return PerOperation.since(this.committed, before.committed, 1, operations);
	}

}
