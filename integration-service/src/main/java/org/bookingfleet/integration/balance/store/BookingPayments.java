package org.bookingfleet.integration.balance.store;

import java.time.Instant;
import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** The payments each booking received, once per payment. */
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

	/** What the booking has been paid so far, in minor units. */
	public Mono<Long> paidCents(UUID bookingId) {
		return database.sql(
				"select coalesce(sum(amount_cents), 0)::bigint as paid from booking_payment where booking_id = :booking")
			.bind("booking", bookingId)
			.map(row -> row.get("paid", Long.class))
			.one()
			.defaultIfEmpty(0L);
	}

}
