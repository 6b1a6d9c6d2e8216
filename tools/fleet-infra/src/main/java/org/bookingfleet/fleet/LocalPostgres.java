package org.bookingfleet.fleet;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.CountDownLatch;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * PostgreSQL 17 for the local fleet, from the embedded binaries: data in the given
 * directory (it survives a restart), one database per service, created when missing. Runs
 * until the process is stopped. Arguments: data directory, port, database names.
 */
public final class LocalPostgres {

	private LocalPostgres() {
	}

	public static void main(String[] args) throws Exception {
		Path data = Path.of(args[0]);
		int port = Integer.parseInt(args[1]);
		boolean fresh = !Files.exists(data.resolve("PG_VERSION"));
		EmbeddedPostgres postgres = EmbeddedPostgres.builder()
			.setDataDirectory(data)
			.setCleanDataDirectory(false)
			.setPort(port)
			.setServerConfig("max_connections", "400")
			.setServerConfig("listen_addresses", "127.0.0.1")
			.start();
		try (Connection connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres",
				"postgres", "postgres"); Statement statement = connection.createStatement()) {
			if (fresh) {
				statement.execute("alter user postgres password 'postgres'");
			}
			for (int i = 2; i < args.length; i++) {
				try (ResultSet exists = statement.executeQuery(
						"select 1 from pg_database where datname = '" + args[i].replaceAll("[^a-z_]", "") + "'")) {
					if (!exists.next()) {
						statement.execute("create database " + args[i].replaceAll("[^a-z_]", ""));
					}
				}
			}
		}
		// the first start unpacks the binaries through a large heap (fleet runs this with
		// -Xmx128m): give it back
		System.gc();
		System.out.println("postgres ready on 127.0.0.1:" + port);
		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			try {
				postgres.close();
			}
			catch (Exception ignored) {
				// going down anyway
			}
			stopped.countDown();
		}));
		stopped.await();
	}

}
