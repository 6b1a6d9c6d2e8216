package org.bookingfleet.pricing.catalog.internal.store;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.r2dbc.spi.Readable;
import org.bookingfleet.events.catalog.BusinessProfile;
import org.bookingfleet.pricing.catalog.Business;
import org.bookingfleet.pricing.catalog.BusinessAddress;
import org.bookingfleet.pricing.catalog.TaxId;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The businesses of the catalog and their profiles. */
@Repository
public class Businesses {

	private static final String COLUMNS = "id, name, legal_name, street_lines, locality, region, postal_code, country, "
			+ "tax_id_label, tax_id, logo_url, language, time_zone, currency, support_email, support_phone, "
			+ "cancellation_wording, invoice_prefix, cancellation_wordings::text as cancellation_wordings, revision";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<Map<String, String>> WORDINGS = new TypeReference<>() {
	};

	private final DatabaseClient database;

	Businesses(DatabaseClient database) {
		this.database = database;
	}

	public Mono<Business> find(String id) {
		return database.sql("select " + COLUMNS + " from business where id = :id")
			.bind("id", id)
			.map((row, metadata) -> read(row))
			.one();
	}

	static Business read(Readable row) {
		String[] street = row.get("street_lines", String[].class);
		return new Business(row.get("id", String.class), row.get("name", String.class),
				row.get("legal_name", String.class),
				new BusinessAddress(street == null ? null : Arrays.asList(street), row.get("locality", String.class),
						row.get("region", String.class), row.get("postal_code", String.class),
						row.get("country", String.class).trim()),
				new TaxId(row.get("tax_id_label", String.class), row.get("tax_id", String.class)),
				Optional.ofNullable(row.get("logo_url", String.class)), ZoneId.of(row.get("time_zone", String.class)),
				Currency.getInstance(row.get("currency", String.class).trim()),
				Locale.forLanguageTag(row.get("language", String.class)), row.get("support_email", String.class),
				row.get("support_phone", String.class), row.get("cancellation_wording", String.class),
				row.get("invoice_prefix", String.class),
				JSON.readValue(row.get("cancellation_wordings", String.class), WORDINGS),
				row.get("revision", Integer.class));
	}

	/** The business as catalog events carry it to the other services. */
	public static BusinessProfile profile(Business business) {
		BusinessAddress address = business.address();
		return new BusinessProfile(business.id(), business.name(), business.legalName(),
				new BusinessProfile.PostalAddress(address.streetLines(), address.locality(), address.region(),
						address.postalCode(), address.country()),
				business.taxId().label(), business.taxId().number(), business.logoUrl().orElse(null),
				business.locale().toLanguageTag(), business.timeZone().getId(), business.currency().getCurrencyCode(),
				business.supportEmail(), business.supportPhone(), business.cancellationWording(),
				business.invoicePrefix(), business.cancellationWordings(), (long) business.revision());
	}

}
