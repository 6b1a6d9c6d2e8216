package org.bookingfleet.pricing.quote.internal.store;

import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import io.r2dbc.spi.Parameters;
import io.r2dbc.spi.R2dbcType;
import org.bookingfleet.pricing.engine.BreakdownLine;
import org.bookingfleet.pricing.quote.Quote;
import org.bookingfleet.pricing.quote.QuoteClaims;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Quotes as given: the price snapshot (every occurrence's for a series), kept whether or
 * not it is ever booked.
 */
@Repository
public class Quotes {

	private final DatabaseClient database;

	private final JsonMapper json;

	Quotes(DatabaseClient database, JsonMapper json) {
		this.database = database;
		this.json = json;
	}

	public Mono<Quote> save(Quote quote, int serviceRevision) {
		QuoteClaims claims = quote.claims();
		return database
			.sql("insert into quote (id, service_id, service_revision, scheduled_at, attendees, "
					+ "duration_minutes, promo_code, currency, final_price_cents, deposit_required_cents, breakdown, "
					+ "token, issued_at, expires_at, occurrences) values (:id, :service, :revision, :scheduledAt, "
					+ ":attendees, :duration, :promo, :currency, :finalPrice, :deposit, :breakdown, :token, :issuedAt, "
					+ ":expiresAt, :occurrences)")
			.bind("id", UUID.fromString(quote.id()))
			.bind("service", claims.serviceId())
			.bind("revision", serviceRevision)
			.bind("scheduledAt", claims.scheduledAt())
			.bind("attendees", (int) claims.attendees())
			.bind("duration", (int) claims.durationMinutes())
			.bind("promo", Parameters.in(R2dbcType.VARCHAR, claims.promoCode().orElse(null)))
			.bind("currency", claims.currency())
			.bind("finalPrice", claims.finalPriceCents())
			.bind("deposit", claims.depositRequiredCents())
			.bind("breakdown",
					json.writeValueAsString(
							quote.breakdown().lines().stream().map(Quotes::line).collect(Collectors.toList())))
			.bind("token", quote.token())
			.bind("issuedAt", claims.issuedAt())
			.bind("expiresAt", claims.expiresAt())
			.bind("occurrences",
					Parameters.in(R2dbcType.VARCHAR,
							claims.series().map(series -> json.writeValueAsString(series.occurrences())).orElse(null)))
			.fetch()
			.rowsUpdated()
			.thenReturn(quote);
	}

	private static Map<String, Object> line(BreakdownLine line) {
		return Map.of("code", line.code().name(), "label", line.label(), "amountCents", line.amount().cents(), "rule",
				line.rule().toString());
	}

}
