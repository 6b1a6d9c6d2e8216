package org.bookingfleet.integration.business.store;

import java.time.Instant;

import org.bookingfleet.integration.booking.Business;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** Which business sells each service, as the catalog last profiled it. */
@Repository
public class ServiceBusinesses {

	private final DatabaseClient database;

	public ServiceBusinesses(DatabaseClient database) {
		this.database = database;
	}

	public Mono<Void> keep(String serviceId, Business business, Instant now) {
		GenericExecuteSpec spec = database.sql("""
				insert into service_business (service_id, name, legal_name, support_email, support_phone,
				    cancellation_wording, address, updated_at)
				values (:id, :name, :legal, :email, :phone, :wording, :address, :now)
				on conflict (service_id) do update set name = excluded.name, legal_name = excluded.legal_name,
				    support_email = excluded.support_email, support_phone = excluded.support_phone,
				    cancellation_wording = excluded.cancellation_wording, address = excluded.address,
				    updated_at = excluded.updated_at""").bind("id", serviceId).bind("now", now);
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
					row.get("cancellation_wording", String.class), row.get("address", String.class)))
			.one();
	}

	private static GenericExecuteSpec nullable(GenericExecuteSpec spec, String name, String value) {
		return value == null ? spec.bindNull(name, String.class) : spec.bind(name, value);
	}

}
