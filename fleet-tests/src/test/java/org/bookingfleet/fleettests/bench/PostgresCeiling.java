package org.bookingfleet.fleettests.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bookingfleet.fleettests.invariants.FleetDatabases;

/**
 * What the fleet's PostgreSQL can do alone with the SQL of the availability service's
 * hold and slot search: pgbench runs the same statements (a free slot's hold: the guarded
 * insert under the exclusion constraint and its outbox row in one statement; the
 * reservations read) against a copy of the tables in a database of its own, so the
 * running services are not disturbed.
 */
final class PostgresCeiling {

	static final String DATABASE = "fleet_bench";

	private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");

	private static final String HOLD = """
			\\set provider random(1, 200)
			\\set slot random(0, 50000)
			WITH change AS (INSERT INTO reservation (id, provider_id, service_id, kind, starts_at, ends_at, during, seats, expires_at, booking_id) VALUES (gen_random_uuid(), :provider, 'bench', 'HOLD', timestamptz '2030-01-01 09:00Z' + :slot * interval '30 minutes', timestamptz '2030-01-01 09:00Z' + (:slot + 1) * interval '30 minutes', tstzrange(timestamptz '2030-01-01 09:00Z' + :slot * interval '30 minutes', timestamptz '2030-01-01 09:00Z' + (:slot + 1) * interval '30 minutes', '[)'), 1, now() + interval '5 minutes', NULL) ON CONFLICT DO NOTHING RETURNING id, provider_id, service_id, kind, starts_at, ends_at, lower(during) AS reserved_from, upper(during) AS reserved_to, seats, expires_at, booking_id), announced AS (INSERT INTO outbox_event (event_id, topic, event_key, event_type, payload) SELECT gen_random_uuid(), 'availability.events', :provider, 'SlotHeld', '\\x7b7d' WHERE EXISTS (SELECT FROM change)) SELECT * FROM change;
			""";

	private static final String SEARCH = """
			\\set provider random(1, 200)
			\\set slot random(0, 50000)
			SELECT id, provider_id, service_id, kind, starts_at, ends_at, seats, expires_at, booking_id FROM reservation
			 WHERE provider_id = :provider AND during && tstzrange(timestamptz '2030-01-01 00:00Z' + (:slot / 16) * interval '1 day', timestamptz '2030-01-01 00:00Z' + (:slot / 16 + 1) * interval '1 day', '[)')
			   AND (kind <> 'HOLD' OR expires_at > now()) ORDER BY starts_at;
			""";

	private PostgresCeiling() {
	}

	record Ceilings(double holdsPerSecond, double searchesPerSecond) {
	}

	static Ceilings measure(int clients, int seconds) {
		prepare();
		try {
			double holds = pgbench("hold", HOLD, clients, seconds);
			double searches = pgbench("search", SEARCH, clients, seconds);
			return new Ceilings(holds, searches);
		}
		finally {
			drop();
		}
	}

	private static void prepare() {
		drop();
		execute("postgres", "create database " + DATABASE);
		execute(DATABASE, """
				create extension if not exists btree_gist;
				create table reservation (
				    id uuid primary key, provider_id bigint not null, service_id text not null,
				    kind text not null check (kind in ('HOLD', 'BOOKED', 'SESSION')),
				    starts_at timestamptz not null, ends_at timestamptz not null, during tstzrange not null,
				    seats integer not null default 1 check (seats > 0), expires_at timestamptz, booking_id uuid,
				    created_at timestamptz not null default now(),
				    check (kind <> 'HOLD' or expires_at is not null),
				    constraint reservation_no_overlap exclude using gist (provider_id with =, during with &&));
				create index reservation_expiring_holds on reservation (expires_at) where kind = 'HOLD';
				create index reservation_by_booking on reservation (booking_id) where booking_id is not null;
				create table outbox_event (
				    id bigserial primary key, event_id uuid not null unique, topic text not null,
				    event_key text not null, event_type text not null, payload bytea not null,
				    created_at timestamptz not null default now(), published_at timestamptz);
				create index outbox_event_unpublished on outbox_event (id) where published_at is null;
				create function outbox_event_notify() returns trigger language plpgsql as $$
				begin perform pg_notify('outbox_event', ''); return null; end; $$;
				create trigger outbox_event_inserted after insert on outbox_event
				    for each statement execute function outbox_event_notify();
				""");
	}

	private static void drop() {
		execute("postgres", "drop database if exists " + DATABASE + " with (force)");
	}

	private static void execute(String database, String sql) {
		try (Connection connection = FleetDatabases.open(database);
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException e) {
			throw new IllegalStateException(database + ": " + e.getMessage(), e);
		}
	}

	private static double pgbench(String name, String script, int clients, int seconds) {
		try {
			Path file = Files.createTempFile("fleet-pgbench-" + name, ".sql");
			Files.writeString(file, script);
			ProcessBuilder builder = new ProcessBuilder("pgbench", "-h", "127.0.0.1", "-p", "5433", "-U", "postgres",
					"-n", "-M", "prepared", "-c", String.valueOf(clients), "-j", String.valueOf(Math.min(clients, 2)),
					"-T", String.valueOf(seconds), "-f", file.toString(), DATABASE)
				.redirectErrorStream(true);
			builder.environment().put("PGPASSWORD", "postgres");
			Process process = builder.start();
			String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			process.waitFor(seconds + 60L, TimeUnit.SECONDS);
			Files.deleteIfExists(file);
			Matcher tps = TPS.matcher(out);
			if (!tps.find()) {
				throw new IllegalStateException("pgbench " + name + " printed no rate:\n" + out);
			}
			return Double.parseDouble(tps.group(1));
		}
		catch (IOException e) {
			throw new IllegalStateException("pgbench is not installed (Debian: apt-get install -y postgresql-15"
					+ " or another postgresql-NN server package)", e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted", e);
		}
	}

	static List<String> describe(Ceilings ceilings) {
		return List.of("PostgreSQL alone (pgbench, same SQL): hold transaction %.0f/s, slot search %.0f/s"
			.formatted(ceilings.holdsPerSecond(), ceilings.searchesPerSecond()));
	}

}
