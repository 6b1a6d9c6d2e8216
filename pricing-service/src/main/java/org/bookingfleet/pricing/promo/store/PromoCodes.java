package org.bookingfleet.pricing.promo.store;

import io.r2dbc.spi.Parameters;
import io.r2dbc.spi.R2dbcType;
import io.r2dbc.spi.Readable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import org.bookingfleet.pricing.money.Money;
import org.bookingfleet.pricing.money.Percentage;
import org.bookingfleet.pricing.promo.PromoCode;
import org.bookingfleet.pricing.promo.PromoDiscount;
import org.bookingfleet.pricing.promo.PromoUsage;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

@Repository
public class PromoCodes {

	private static final String COLUMNS = "code, discount_kind, discount_percent, discount_cents, currency, valid_from, "
			+ "valid_until, minimum_cents, service_ids, total_limit, per_customer_limit, redeemed_total, revision";

	private final DatabaseClient database;

	PromoCodes(DatabaseClient database) {
		this.database = database;
	}

	public Mono<PromoCode> find(String enteredCode) {
		return database.sql("select " + COLUMNS + " from promo_code where code = :code")
			.bind("code", PromoCode.normalise(enteredCode))
			.map((row, metadata) -> read(row))
			.one();
	}

	/** Stores a new code; empty when the code exists already. */
	public Mono<PromoCode> create(PromoCode promo) {
		boolean percent = promo.discount() instanceof PromoDiscount.PercentOff;
		String currency = promo.discount() instanceof PromoDiscount.AmountOff off
				? off.amount().currency().getCurrencyCode()
				: promo.minimumSubtotal().map(minimum -> minimum.currency().getCurrencyCode()).orElse(null);
		return database
			.sql("insert into promo_code (code, discount_kind, discount_percent, discount_cents, currency, "
					+ "valid_from, valid_until, minimum_cents, service_ids, total_limit, per_customer_limit, revision) "
					+ "values (:code, :kind, :percent, :cents, :currency, :from, :until, :minimum, :services, :total, "
					+ ":perCustomer, :revision) on conflict (code) do nothing")
			.bind("code", promo.code())
			.bind("kind", percent ? "PERCENT" : "AMOUNT")
			.bind("percent",
					Parameters.in(R2dbcType.NUMERIC,
							promo.discount() instanceof PromoDiscount.PercentOff off ? off.share().value() : null))
			.bind("cents",
					Parameters.in(R2dbcType.BIGINT,
							promo.discount() instanceof PromoDiscount.AmountOff off ? off.amount().cents() : null))
			.bind("currency", Parameters.in(R2dbcType.VARCHAR, currency))
			.bind("from", promo.validFrom())
			.bind("until", promo.validUntil())
			.bind("minimum", Parameters.in(R2dbcType.BIGINT, promo.minimumSubtotal().map(Money::cents).orElse(null)))
			.bind("services", String.join(",", promo.serviceIds().stream().sorted().toList()))
			.bind("total",
					Parameters.in(R2dbcType.BIGINT,
							promo.totalLimit().isPresent() ? promo.totalLimit().getAsLong() : null))
			.bind("perCustomer",
					Parameters.in(R2dbcType.BIGINT,
							promo.perCustomerLimit().isPresent() ? promo.perCustomerLimit().getAsLong() : null))
			.bind("revision", promo.revision())
			.fetch()
			.rowsUpdated()
			.filter(inserted -> inserted == 1)
			.map(inserted -> promo);
	}

	/**
	 * The code's row, locked until the transaction ends: redemptions of one code take
	 * turns.
	 */
	Mono<PromoCode> lock(String code) {
		return database.sql("select " + COLUMNS + " from promo_code where code = :code for update")
			.bind("code", code)
			.map((row, metadata) -> read(row))
			.one();
	}

	/**
	 * Redemptions so far, in all and by one customer (by no one in particular when the
	 * customer is unknown).
	 */
	public Mono<PromoUsage> usage(String code, Optional<String> customer) {
		return database.sql("select p.redeemed_total, coalesce(u.redeemed, 0) as by_customer from promo_code p "
				+ "left join promo_customer_usage u on u.code = p.code and u.customer = :customer where p.code = :code")
			.bind("code", PromoCode.normalise(code))
			.bind("customer", customer.map(PromoCodes::customerKey).orElse(""))
			.map((row, metadata) -> new PromoUsage(row.get("redeemed_total", Long.class),
					Math.min(row.get("by_customer", Long.class), row.get("redeemed_total", Long.class))))
			.one()
			.defaultIfEmpty(PromoUsage.unused());
	}

	static String customerKey(String email) {
		return email.trim().toLowerCase(Locale.ROOT);
	}

	private static PromoCode read(Readable row) {
		String currency = row.get("currency", String.class);
		PromoDiscount discount = "PERCENT".equals(row.get("discount_kind", String.class))
				? new PromoDiscount.PercentOff(new Percentage(row.get("discount_percent", BigDecimal.class)))
				: new PromoDiscount.AmountOff(Money.of(row.get("discount_cents", Long.class), currency.trim()));
		Long minimum = row.get("minimum_cents", Long.class);
		String services = row.get("service_ids", String.class);
		return new PromoCode(row.get("code", String.class), discount, instant(row, "valid_from"),
				instant(row, "valid_until"),
				minimum == null ? Optional.empty() : Optional.of(Money.of(minimum, currency.trim())),
				services == null || services.isBlank() ? Set.of()
						: Arrays.stream(services.split(",")).map(String::trim).collect(Collectors.toSet()),
				optional(row.get("total_limit", Long.class)), optional(row.get("per_customer_limit", Long.class)),
				row.get("revision", Integer.class));
	}

	private static Instant instant(Readable row, String column) {
		return row.get(column, OffsetDateTime.class).toInstant();
	}

	private static OptionalLong optional(Long value) {
		return value == null ? OptionalLong.empty() : OptionalLong.of(value);
	}

}
