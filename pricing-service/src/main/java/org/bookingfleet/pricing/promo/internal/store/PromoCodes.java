package org.bookingfleet.pricing.promo.internal.store;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import io.r2dbc.spi.Parameters;
import io.r2dbc.spi.R2dbcType;
import io.r2dbc.spi.Readable;
import org.bookingfleet.pricing.money.Money;
import org.bookingfleet.pricing.money.Percentage;
import org.bookingfleet.pricing.promo.PromoCode;
import org.bookingfleet.pricing.promo.PromoDiscount;
import org.bookingfleet.pricing.promo.PromoUsage;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Repository
public class PromoCodes {

	private static final String COLUMNS = "code, discount_kind, discount_percent, discount_cents, currency, valid_from, "
			+ "valid_until, minimum_cents, service_ids, total_limit, per_customer_limit, redeemed_total, revision, active";

	/** The most codes one page of the admin's list holds. */
	public static final int MAX_PAGE_SIZE = 100;

	private final DatabaseClient database;

	private final TransactionalOperator transactions;

	PromoCodes(DatabaseClient database, TransactionalOperator transactions) {
		this.database = database;
		this.transactions = transactions;
	}

	/**
	 * A page of codes in code order: all of them, or only the active (or inactive) ones,
	 * or only those that apply to a service (codes for every service included).
	 */
	public Flux<Listed> list(Optional<Boolean> active, Optional<String> serviceId, int page, int size) {
		return database
			.sql("select " + COLUMNS + " from promo_code where (:anyState or active = :active) "
					+ "and (:anyService or service_ids = '' or :service = any(string_to_array(service_ids, ','))) "
					+ "order by code limit :size offset :offset")
			.bind("anyState", active.isEmpty())
			.bind("active", active.orElse(true))
			.bind("anyService", serviceId.isEmpty())
			.bind("service", serviceId.orElse(""))
			.bind("size", (long) size)
			.bind("offset", (long) page * size)
			.map((row, metadata) -> new Listed(read(row), new PromoUsage(row.get("redeemed_total", Long.class), 0)))
			.all();
	}

	/** A code of the admin's list and how often it was redeemed in all. */
	public record Listed(PromoCode promo, PromoUsage usage) {
	}

	/**
	 * Changes a code as {@code edit} decides from the code as stored and its usage, in
	 * one transaction with the code's row locked (a redemption counted meanwhile waits,
	 * so the decision sees every redemption); empty when there is no such code.
	 */
	public Mono<PromoCode> change(String enteredCode, BiFunction<PromoCode, PromoUsage, PromoCode> edit) {
		String code = PromoCode.normalise(enteredCode);
		return transactions.transactional(lock(code).flatMap(
				current -> usage(code, Optional.empty()).map(usage -> current.changedTo(edit.apply(current, usage)))
					.flatMap(changed -> write(changed).thenReturn(changed))));
	}

	private Mono<Long> write(PromoCode promo) {
		return bindTerms(database.sql("update promo_code set discount_kind = :kind, discount_percent = :percent, "
				+ "discount_cents = :cents, currency = :currency, valid_from = :from, valid_until = :until, "
				+ "minimum_cents = :minimum, service_ids = :services, total_limit = :total, "
				+ "per_customer_limit = :perCustomer, revision = :revision, active = :active where code = :code"),
				promo)
			.fetch()
			.rowsUpdated();
	}

	public Mono<PromoCode> find(String enteredCode) {
		return database.sql("select " + COLUMNS + " from promo_code where code = :code")
			.bind("code", PromoCode.normalise(enteredCode))
			.map((row, metadata) -> read(row))
			.one();
	}

	/** Stores a new code; empty when the code exists already. */
	public Mono<PromoCode> create(PromoCode promo) {
		return bindTerms(database.sql("insert into promo_code (code, discount_kind, discount_percent, discount_cents, "
				+ "currency, valid_from, valid_until, minimum_cents, service_ids, total_limit, per_customer_limit, "
				+ "revision, active) values (:code, :kind, :percent, :cents, :currency, :from, :until, :minimum, "
				+ ":services, :total, :perCustomer, :revision, :active) on conflict (code) do nothing"), promo)
			.fetch()
			.rowsUpdated()
			.filter(inserted -> inserted == 1)
			.map(inserted -> promo);
	}

	private static DatabaseClient.GenericExecuteSpec bindTerms(DatabaseClient.GenericExecuteSpec statement,
			PromoCode promo) {
		boolean percent = promo.discount() instanceof PromoDiscount.PercentOff;
		String currency = promo.discount() instanceof PromoDiscount.AmountOff off
				? off.amount().currency().getCurrencyCode()
				: promo.minimumSubtotal().map(minimum -> minimum.currency().getCurrencyCode()).orElse(null);
		return statement.bind("code", promo.code())
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
			.bind("active", promo.active());
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
				row.get("revision", Integer.class), Boolean.TRUE.equals(row.get("active", Boolean.class)));
	}

	private static Instant instant(Readable row, String column) {
		return row.get(column, OffsetDateTime.class).toInstant();
	}

	private static OptionalLong optional(Long value) {
		return value == null ? OptionalLong.empty() : OptionalLong.of(value);
	}

}
