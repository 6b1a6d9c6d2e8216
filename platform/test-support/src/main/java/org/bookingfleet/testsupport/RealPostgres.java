package org.bookingfleet.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * One real PostgreSQL 17 server per test JVM; every Spring context gets a database of its
 * own on it, so tests of a module do not see each other's rows.
 */
public final class RealPostgres {

	private static final AtomicInteger DATABASES = new AtomicInteger();

	private static volatile RealPostgres instance;

	private final String host;

	private final int port;

	private final String user;

	private final String password;

	private RealPostgres(String host, int port, String user, String password) {
		this.host = host;
		this.port = port;
		this.user = user;
		this.password = password;
	}

	public static RealPostgres get() {
		if (instance == null) {
			synchronized (RealPostgres.class) {
				if (instance == null) {
					instance = start();
				}
			}
		}
		return instance;
	}

	private static RealPostgres start() {
		try {
			if (Infrastructure.chosen() == Infrastructure.CONTAINERS) {
				PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine").withCommand("postgres",
						"-c", "max_connections=300");
				container.start();
				return new RealPostgres(container.getHost(), container.getMappedPort(5432), container.getUsername(),
						container.getPassword());
			}
			EmbeddedPostgres postgres = EmbeddedPostgres.builder()
				.setServerConfig("max_connections", "300")
				.setServerConfig("fsync", "off")
				.start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					postgres.close();
				}
				catch (Exception ignored) {
					// the JVM is going away
				}
			}));
			return new RealPostgres("localhost", postgres.getPort(), "postgres", "postgres");
		}
		catch (Exception ex) {
			throw new IllegalStateException("could not start PostgreSQL for the tests", ex);
		}
	}

	/** Creates a fresh, empty database and returns its name. */
	public String newDatabase(String prefix) {
		String name = (prefix.replaceAll("[^a-z0-9_]", "_") + "_" + DATABASES.incrementAndGet()).toLowerCase();
		try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), this.user, this.password);
				Statement statement = connection.createStatement()) {
			statement.execute("create database " + name);
			return name;
		}
		catch (SQLException ex) {
			throw new IllegalStateException("could not create database " + name, ex);
		}
	}

	public String jdbcUrl(String database) {
		return "jdbc:postgresql://" + this.host + ":" + this.port + "/" + database;
	}

	public String r2dbcUrl(String database) {
		return "r2dbc:postgresql://" + this.host + ":" + this.port + "/" + database;
	}

	public String host() {
		return this.host;
	}

	public int port() {
		return this.port;
	}

	public String user() {
		return this.user;
	}

	public String password() {
		return this.password;
	}

}
