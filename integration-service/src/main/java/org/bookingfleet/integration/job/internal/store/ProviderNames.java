package org.bookingfleet.integration.job.internal.store;

import java.time.Instant;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** The names providers go by, as their schedules last gave them. */
@Repository
public class ProviderNames {

	private final DatabaseClient database;

	public ProviderNames(DatabaseClient database) {
		this.database = database;
	}

	public Mono<Void> name(long providerId, String name, Instant now) {
		return database
			.sql("insert into provider_name (provider_id, name, updated_at) values (:id, :name, :now) "
					+ "on conflict (provider_id) do update set name = excluded.name, updated_at = excluded.updated_at")
			.bind("id", providerId)
			.bind("name", name)
			.bind("now", now)
			.fetch()
			.rowsUpdated()
			.then();
	}

	public Mono<String> of(long providerId) {
		return database.sql("select name from provider_name where provider_id = :id")
			.bind("id", providerId)
			.map(row -> row.get("name", String.class))
			.one();
	}

}
