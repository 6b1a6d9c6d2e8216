package org.bookingfleet.integration.job.internal.store;

import java.time.Instant;
import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/**
 * The payments each booking received, once per payment, the ones it did not take, and the
 * refunds given back on them, once per refund.
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
	 * A payment the booking did not take (it closed meanwhile, or the payment was in
	 * another currency): it never counts towards what the booking owes. Heard again, it
	 * changes nothing.
	 */
	public Mono<Void> notTaken(UUID bookingId, UUID paymentId, Instant now) {
		return database
			.sql("insert into booking_payment_not_taken (booking_id, payment_id, heard_at) "
					+ "values (:booking, :payment, :now) on conflict do nothing")
			.bind("booking", bookingId)
			.bind("payment", paymentId)
			.bind("now", now)
			.then();
	}

	/**
	 * What the payments the booking took brought in so far, in minor units, before any
	 * refund: a refund never makes the booking owe again (see
	 * {@link org.bookingfleet.integration.balance.BalanceDue}). A payment the booking did
	 * not take counts nothing.
	 */
	public Mono<Long> takenCents(UUID bookingId) {
		return database.sql("""
				select coalesce(sum(p.amount_cents), 0)::bigint as taken
				from booking_payment p
				where p.booking_id = :booking
				  and not exists (select 1 from booking_payment_not_taken n
				                  where n.booking_id = p.booking_id and n.payment_id = p.payment_id)""")
			.bind("booking", bookingId)
			.map(row -> row.get("taken", Long.class))
			.one()
			.defaultIfEmpty(0L);
	}

}
