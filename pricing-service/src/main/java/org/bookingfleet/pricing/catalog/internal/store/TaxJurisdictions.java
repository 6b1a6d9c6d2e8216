package org.bookingfleet.pricing.catalog.internal.store;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.bookingfleet.pricing.catalog.LineCode;
import org.bookingfleet.pricing.catalog.TaxJurisdiction;
import org.bookingfleet.pricing.money.Percentage;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

@Repository
public class TaxJurisdictions {

	private final DatabaseClient database;

	TaxJurisdictions(DatabaseClient database) {
		this.database = database;
	}

	public Mono<TaxJurisdiction> find(String code) {
		return database
			.sql("select code, name, rate_percent, taxed_lines, revision from tax_jurisdiction where code = :code")
			.bind("code", code)
			.map((row, metadata) -> new TaxJurisdiction(row.get("code", String.class), row.get("name", String.class),
					new Percentage(row.get("rate_percent", BigDecimal.class)),
					lines(row.get("taxed_lines", String.class)), row.get("revision", Integer.class)))
			.one();
	}

	private static Set<LineCode> lines(String commaSeparated) {
		if (commaSeparated == null || commaSeparated.isBlank()) {
			return Set.of();
		}
		return Arrays.stream(commaSeparated.split(","))
			.map(String::trim)
			.map(LineCode::valueOf)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(LineCode.class)));
	}

}
