package org.bookingfleet.fleettests.invariants;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Read-only looks into the fleet's databases, for what the public API does not show
 * (outboxes, reservations).
 */
public final class FleetDatabases {

	public static final List<String> ALL = List.of("pricing", "availability", "booking", "payment", "integration");

	private FleetDatabases() {
	}

	public static Connection open(String database) throws SQLException {
		return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5433/" + database, "postgres", "postgres");
	}

	/** Outbox rows of the service's database its relay has not published yet. */
	public static long unpublishedOutboxRows(String database) {
		return count(database, "select count(*) from outbox_event where published_at is null");
	}

	public static long count(String database, String sql, Object... parameters) {
		List<List<String>> rows = rows(database, sql, parameters);
		return Long.parseLong(rows.get(0).get(0));
	}

	public static List<List<String>> rows(String database, String sql, Object... parameters) {
		try (Connection connection = open(database); PreparedStatement statement = connection.prepareStatement(sql)) {
			for (int i = 0; i < parameters.length; i++) {
				statement.setObject(i + 1, parameters[i]);
			}
			try (ResultSet result = statement.executeQuery()) {
				List<List<String>> rows = new ArrayList<>();
				int columns = result.getMetaData().getColumnCount();
				while (result.next()) {
					List<String> row = new ArrayList<>();
					for (int c = 1; c <= columns; c++) {
						row.add(result.getString(c));
					}
					rows.add(row);
				}
				return rows;
			}
		}
		catch (SQLException e) {
			throw new IllegalStateException(database + ": " + sql + ": " + e.getMessage(), e);
		}
	}

}
