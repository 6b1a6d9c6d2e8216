package org.bookingfleet.payment.billing.internal.store;

import io.r2dbc.postgresql.codec.Json;
import io.r2dbc.spi.Readable;
import org.bookingfleet.events.catalog.BusinessProfile;
import org.bookingfleet.events.catalog.ServiceSnapshot;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The businesses that sell each service, as the catalog events told them (the payment
 * service's copy of the catalog): who sells each service, under which profile, with which
 * tax. Invoices read their seller here.
 */
@Repository
public class SellingBusinesses {

	private static final JsonMapper JSON = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private static final ObjectReader READER = JSON.readerFor(BusinessProfile.class);

	private static final ObjectWriter WRITER = JSON.writerFor(BusinessProfile.class);

	private final DatabaseClient database;

	public SellingBusinesses(DatabaseClient database) {
		this.database = database;
	}

	/**
	 * Keeps what the snapshot says; applying it again changes nothing. A snapshot of an
	 * older producer, without a profile, leaves the business's profile as it was, and so
	 * does a profile of an older revision than the one kept (heard again or out of
	 * order); a profile without a revision counts as revision 0.
	 */
	public Mono<Void> remember(ServiceSnapshot service) {
		Mono<Long> stored = database
			.sql("insert into catalog_service (service_id, business_id, name, type, time_zone, tax_name, "
					+ "tax_rate_percent) values (:id, :business, :name, :type, :zone, :tax, :rate) "
					+ "on conflict (service_id) do update set business_id = excluded.business_id, "
					+ "name = excluded.name, type = excluded.type, time_zone = excluded.time_zone, "
					+ "tax_name = excluded.tax_name, tax_rate_percent = excluded.tax_rate_percent")
			.bind("id", service.serviceId())
			.bind("business", service.businessId())
			.bind("name", service.name())
			.bind("type", service.type())
			.bind("zone", service.timeZone())
			.bind("tax", Parameter.fromOrEmpty(service.taxName(), String.class))
			.bind("rate", Parameter.fromOrEmpty(service.taxRatePercent(), String.class))
			.fetch()
			.rowsUpdated();
		if (service.business() == null) {
			return stored.then();
		}
		return stored.then(database
			.sql("insert into business_profile (business_id, profile) values (:business, :profile) "
					+ "on conflict (business_id) do update set profile = excluded.profile "
					+ "where coalesce((business_profile.profile ->> 'revision')::bigint, 0) "
					+ "<= coalesce((excluded.profile ->> 'revision')::bigint, 0)")
			.bind("business", service.businessId())
			.bind("profile", Json.of(WRITER.writeValueAsString(service.business())))
			.fetch()
			.rowsUpdated()).then();
	}

	public Mono<SellingBusiness> sellerOf(String serviceId) {
		return database
			.sql("select s.service_id, s.business_id, s.name, s.type, s.time_zone, s.tax_name, s.tax_rate_percent, "
					+ "b.profile from catalog_service s left join business_profile b on b.business_id = s.business_id "
					+ "where s.service_id = :id")
			.bind("id", serviceId)
			.map(SellingBusinesses::read)
			.one();
	}

	private static SellingBusiness read(Readable row) {
		Json profile = row.get("profile", Json.class);
		return new SellingBusiness(row.get("service_id", String.class), row.get("business_id", String.class),
				row.get("name", String.class), row.get("type", String.class), row.get("time_zone", String.class),
				row.get("tax_name", String.class), row.get("tax_rate_percent", String.class),
				profile == null ? null : READER.readValue(profile.asString()));
	}

}
