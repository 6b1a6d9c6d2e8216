package org.bookingfleet.integration.balance.store;

import java.time.Instant;
import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/**
 * The payments each booking received, once per payment, and the refunds given back on
 * them, once per refund.
 */
@Repository
public class BookingPayments {

	private final DatabaseClient database;

	public BookingPayments(DatabaseClient database) {
		this.database = database;
	}

	public Mono<Void> received(UUID bookingId, UUID paymentId, long amountCents, Instant now) {
		return database
			.sql("insert into booking_payment (booking_id, payment_id, amount_cents, received_at) "
					+ "values (:booking, :payment, :amount, :now) on conflict do nothing")
			.bind("booking", bookingId)
			.bind("payment", paymentId)
			.bind("amount", amountCents)
			.bind("now", now)
			.then();
	}

	/**
	 * A refund on one of the booking's payments; a refund heard again changes nothing.
	 */
	public Mono<Void> refunded(UUID bookingId, UUID paymentId, String refundId, long amountCents, Instant now) {
		return database
			.sql("insert into booking_refund (booking_id, payment_id, refund_id, amount_cents, refunded_at) "
					+ "values (:booking, :payment, :refund, :amount, :now) on conflict do nothing")
			.bind("booking", bookingId)
			.bind("payment", paymentId)
			.bind("refund", refundId)
			.bind("amount", amountCents)
			.bind("now", now)
			.then();
	}

	/**
	 * What the booking has been paid so far and kept, in minor units: each payment less
	 * what was refunded of it (never below nothing); a refund of a payment this service
	 * never heard of (one the booking did not take) takes nothing off.
	 */
	public Mono<Long> paidCents(UUID bookingId) {
		return database.sql("""
				select coalesce(sum(greatest(p.amount_cents - coalesce(r.refunded, 0), 0)), 0)::bigint as paid
				from booking_payment p
				left join (select payment_id, sum(amount_cents) as refunded from booking_refund
				           where booking_id = :booking group by payment_id) r on r.payment_id = p.payment_id
				where p.booking_id = :booking""")
			.bind("booking", bookingId)
			.map(row -> row.get("paid", Long.class))
			.one()
			.defaultIfEmpty(0L);
	}

}
