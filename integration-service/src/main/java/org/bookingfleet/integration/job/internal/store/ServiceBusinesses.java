package org.bookingfleet.integration.job.internal.store;

import java.time.Instant;
import java.util.Map;

import io.r2dbc.postgresql.codec.Json;
import org.bookingfleet.integration.booking.Business;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Which business sells each service, as the catalog last profiled it: a profile replaces
 * the one kept only when its revision is not older (a profile without a revision, from an
 * older catalog, counts as revision 0), so a redelivered or reordered older event never
 * overwrites a newer profile.
 */
@Repository
public class ServiceBusinesses {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<Map<String, String>> WORDINGS = new TypeReference<>() {
	};

	private final DatabaseClient database;

	public ServiceBusinesses(DatabaseClient database) {
		this.database = database;
	}

	/**
	 * Keeps the profile of revision {@code revision} (null when its producer sent none);
	 * nothing changes when the profile kept is of a newer revision.
	 */
	public Mono<Void> keep(String serviceId, Business business, Long revision, Instant now) {
		GenericExecuteSpec spec = database.sql("""
				insert into service_business (service_id, name, legal_name, support_email, support_phone,
				    cancellation_wording, address, cancellation_wordings, profile_revision, updated_at)
				values (:id, :name, :legal, :email, :phone, :wording, :address, :wordings, :revision, :now)
				on conflict (service_id) do update set name = excluded.name, legal_name = excluded.legal_name,
				    support_email = excluded.support_email, support_phone = excluded.support_phone,
				    cancellation_wording = excluded.cancellation_wording, address = excluded.address,
				    cancellation_wordings = excluded.cancellation_wordings,
				    profile_revision = excluded.profile_revision, updated_at = excluded.updated_at
				where coalesce(service_business.profile_revision, 0) <= coalesce(excluded.profile_revision, 0)""")
			.bind("id", serviceId)
			.bind("wordings", Json.of(JSON.writeValueAsString(business.cancellationWordings())))
			.bind("now", now);
		spec = revision == null ? spec.bindNull("revision", Long.class) : spec.bind("revision", revision);
		spec = nullable(spec, "name", business.name());
		spec = nullable(spec, "legal", business.legalName());
		spec = nullable(spec, "email", business.supportEmail());
		spec = nullable(spec, "phone", business.supportPhone());
		spec = nullable(spec, "wording", business.cancellationWording());
		spec = nullable(spec, "address", business.address());
		return spec.fetch().rowsUpdated().then();
	}

	public Mono<Business> of(String serviceId) {
		return database.sql("select * from service_business where service_id = :id")
			.bind("id", serviceId)
			.map(row -> new Business(row.get("name", String.class), row.get("legal_name", String.class),
					row.get("support_email", String.class), row.get("support_phone", String.class),
					row.get("cancellation_wording", String.class), row.get("address", String.class),
					JSON.readValue(row.get("cancellation_wordings", Json.class).asString(), WORDINGS)))
			.one();
	}

	private static GenericExecuteSpec nullable(GenericExecuteSpec spec, String name, String value) {
		return value == null ? spec.bindNull(name, String.class) : spec.bind(name, value);
	}

}
