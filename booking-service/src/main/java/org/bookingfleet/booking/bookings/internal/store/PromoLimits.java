package org.bookingfleet.booking.bookings.internal.store;

import java.util.Locale;
import java.util.Map;

import org.bookingfleet.booking.promo.PromoAllowance;
import org.bookingfleet.booking.quote.QuoteBinding;
import org.bookingfleet.platform.web.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/**
 * Enforces a promo code's limits, which its quote carries, in the transaction that stores
 * the booking: bookings of one code take turns (a transaction-scoped advisory lock),
 * count the code's uses and commit theirs, so two customers, or one customer twice, can
 * never pass a limit together.
 */
@Repository
public class PromoLimits {

	private final DatabaseClient database;

	public PromoLimits(DatabaseClient database) {
		this.database = database;
	}

	/**
	 * Completes when the booking may use the code; fails with 422 PROMO_LIMIT_REACHED
	 * otherwise.
	 */
	public Mono<Void> allow(String promoCode, QuoteBinding binding, String customerEmail) {
		if (promoCode == null || promoCode.isBlank() || !binding.limitsPromo()) {
			return Mono.empty();
		}
		String code = promoCode.strip().toUpperCase(Locale.ROOT);
		String customer = QuoteBinding.normalisedEmail(customerEmail);
		return database.sql("select pg_advisory_xact_lock(hashtext('promo:' || :code))")
			.bind("code", code)
			.fetch()
			.rowsUpdated()
			.then(database
				.sql("""
						select count(distinct coalesce(series_id, id)) as in_total,
						       count(distinct coalesce(series_id, id)) filter (where lower(customer_email) = :customer) as by_customer
						  from booking
						 where promo_code is not null and upper(btrim(promo_code)) = :code
						   and status not in ('CANCELLED', 'REJECTED', 'EXPIRED')
						""")
				.bind("code", code)
				.bind("customer", customer)
				.map((row, meta) -> PromoAllowance.refusal(binding.promoTotalLimit(), binding.promoPerCustomerLimit(),
						row.get("in_total", Long.class), row.get("by_customer", Long.class)))
				.one())
			.flatMap(refusal -> refusal.isEmpty() ? Mono.<Void>empty()
					: Mono.error(new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "PROMO_LIMIT_REACHED",
							refusal.get(), "promoCode", Map.of())));
	}

}
