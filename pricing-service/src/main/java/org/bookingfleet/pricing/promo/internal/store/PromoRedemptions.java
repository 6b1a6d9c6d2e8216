package org.bookingfleet.pricing.promo.internal.store;

import java.util.Optional;
import java.util.UUID;

import org.bookingfleet.events.booking.BookingConfirmed;
import org.bookingfleet.pricing.promo.PromoCode;
import org.bookingfleet.pricing.promo.PromoUsage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Counts a promo code's redemption when a booking that used it is confirmed. The code's
 * row is locked while its usage is read and the decision is written, so concurrent
 * confirmations never pass a limit.
 */
@Service
public class PromoRedemptions {

	private static final Logger log = LoggerFactory.getLogger(PromoRedemptions.class);

	public enum Outcome {

		REDEEMED, LIMIT_REACHED, ALREADY_COUNTED, UNKNOWN_CODE

	}

	private final DatabaseClient database;

	private final PromoCodes promoCodes;

	private final TransactionalOperator transactions;

	PromoRedemptions(DatabaseClient database, PromoCodes promoCodes, TransactionalOperator transactions) {
		this.database = database;
		this.promoCodes = promoCodes;
		this.transactions = transactions;
	}

	/**
	 * Whether the confirmed booking used a promo code: one that did not has nothing to
	 * redeem (most do not).
	 */
	public static boolean usedAPromoCode(BookingConfirmed confirmed) {
		return confirmed.promoCode() != null && !confirmed.promoCode().isBlank();
	}

	/**
	 * Redeems the code a confirmation used; its subscription hands over only those that
	 * {@link #usedAPromoCode used one}.
	 */
	public Mono<Void> redeemFor(BookingConfirmed confirmed) {
		String customer = confirmed.customer() == null || confirmed.customer().email() == null ? ""
				: confirmed.customer().email();
		return redeem(confirmed.bookingId(), confirmed.promoCode(), customer)
			.doOnNext(outcome -> log.info("promo {} for booking {}: {}", confirmed.promoCode(), confirmed.bookingId(),
					outcome))
			.then();
	}

	public Mono<Outcome> redeem(UUID bookingId, String enteredCode, String customerEmail) {
		String code = PromoCode.normalise(enteredCode);
		String customer = PromoCodes.customerKey(customerEmail);
		return transactions.transactional(promoCodes.lock(code)
			.flatMap(promo -> alreadyCounted(bookingId).flatMap(counted -> counted ? Mono.just(Outcome.ALREADY_COUNTED)
					: promoCodes.usage(code, Optional.of(customer))
						.flatMap(usage -> decide(bookingId, promo, customer, usage))))
			.defaultIfEmpty(Outcome.UNKNOWN_CODE));
	}

	private Mono<Outcome> decide(UUID bookingId, PromoCode promo, String customer, PromoUsage usage) {
		if (!promo.canBeRedeemedAfter(usage)) {
			return record(bookingId, promo.code(), customer, Outcome.LIMIT_REACHED);
		}
		return database.sql("update promo_code set redeemed_total = redeemed_total + 1 where code = :code")
			.bind("code", promo.code())
			.fetch()
			.rowsUpdated()
			.then(database
				.sql("insert into promo_customer_usage (code, customer, redeemed) values (:code, :customer, 1) "
						+ "on conflict (code, customer) do update set redeemed = promo_customer_usage.redeemed + 1")
				.bind("code", promo.code())
				.bind("customer", customer)
				.fetch()
				.rowsUpdated())
			.then(record(bookingId, promo.code(), customer, Outcome.REDEEMED));
	}

	private Mono<Boolean> alreadyCounted(UUID bookingId) {
		return database.sql("select count(*) as n from promo_redemption where booking_id = :id")
			.bind("id", bookingId)
			.map((row, metadata) -> row.get("n", Long.class) > 0)
			.one();
	}

	private Mono<Outcome> record(UUID bookingId, String code, String customer, Outcome outcome) {
		return database
			.sql("insert into promo_redemption (booking_id, code, customer, outcome) "
					+ "values (:booking, :code, :customer, :outcome)")
			.bind("booking", bookingId)
			.bind("code", code)
			.bind("customer", customer)
			.bind("outcome", outcome.name())
			.fetch()
			.rowsUpdated()
			.thenReturn(outcome);
	}

}
