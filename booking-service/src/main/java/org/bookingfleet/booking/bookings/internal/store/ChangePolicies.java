package org.bookingfleet.booking.bookings.internal.store;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.bookingfleet.booking.policy.ChangePolicy;
import org.bookingfleet.booking.policy.NoticeTier;
import org.bookingfleet.booking.policy.Retention;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Policies stored as data; the most specific one applies: the service's, else the
 * provider's, else the default.
 */
@Repository
public class ChangePolicies {

	private final DatabaseClient database;

	private final JsonMapper json;

	public ChangePolicies(DatabaseClient database, JsonMapper json) {
		this.database = database;
		this.json = json;
	}

	public Mono<ChangePolicy> policyFor(String serviceId, long providerId) {
		return database.sql("""
				select name, cancellation, reschedule from change_policy
				where service_id = :service or provider_id = :provider or id = 'default'
				order by case when service_id is not null then 0 when provider_id is not null then 1 else 2 end
				limit 1
				""")
			.bind("service", serviceId)
			.bind("provider", providerId)
			.map((row, meta) -> new ChangePolicy(row.get("name", String.class),
					tiers(row.get("cancellation", String.class)), tiers(row.get("reschedule", String.class))))
			.one();
	}

	private List<NoticeTier> tiers(String stored) {
		List<NoticeTier> tiers = new ArrayList<>();
		for (JsonNode tier : json.readTree(stored)) {
			JsonNode retention = tier.get("retention");
			tiers.add(new NoticeTier(Duration.ofMinutes(tier.get("minimumNoticeMinutes").longValue()),
					retention(retention)));
		}
		return tiers;
	}

	private static Retention retention(JsonNode retention) {
		return switch (retention.get("kind").stringValue()) {
			case "NOTHING" -> new Retention.Nothing();
			case "DEPOSIT" -> new Retention.Deposit();
			case "EVERYTHING" -> new Retention.Everything();
			case "FLAT_FEE" -> new Retention.FlatFee(retention.get("feeCents").longValue());
			case "SHARE" -> new Retention.Share(retention.get("basisPoints").intValue());
			default -> throw new IllegalStateException("unknown retention " + retention);
		};
	}

}
