package org.bookingfleet.payment.billing.internal.store;

import java.time.Duration;
import java.util.UUID;

import io.r2dbc.spi.Readable;
import org.bookingfleet.payment.billing.refund.Refund;
import org.bookingfleet.payment.billing.refund.RefundStatus;
import org.bookingfleet.platform.LeasedRows;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Repository
public class Refunds {

	private static final String COLUMNS = "id, payment_id, request_key, amount_cents, status, stripe_refund_id, reason";

	private final DatabaseClient database;

	private final LeasedRows waiting;

	public Refunds(DatabaseClient database) {
		this.database = database;
		this.waiting = new LeasedRows(database, "refund", COLUMNS);
	}

	public Flux<Refund> ofPayment(UUID paymentId) {
		return database.sql("select " + COLUMNS + " from refund where payment_id = :payment order by created_at")
			.bind("payment", paymentId)
			.map(Refunds::read)
			.all();
	}

	public Mono<Refund> insert(Refund refund) {
		return database
			.sql("insert into refund (id, payment_id, request_key, amount_cents, status, reason, next_try_at) "
					+ "values (:id, :payment, :key, :amount, :status, :reason, now())")
			.bind("id", refund.id())
			.bind("payment", refund.paymentId())
			.bind("key", refund.requestKey())
			.bind("amount", refund.amountCents())
			.bind("status", refund.status().name())
			.bind("reason", Parameter.fromOrEmpty(refund.reason(), String.class))
			.fetch()
			.rowsUpdated()
			.thenReturn(refund);
	}

	public Mono<Refund> settle(Refund refund, RefundStatus status, String stripeRefundId) {
		return database
			.sql("update refund set status = :status, stripe_refund_id = :stripe, next_try_at = null, "
					+ "updated_at = now() where id = :id")
			.bind("status", status.name())
			.bind("stripe", Parameter.fromOrEmpty(stripeRefundId, String.class))
			.bind("id", refund.id())
			.fetch()
			.rowsUpdated()
			.thenReturn(refund.settled(status, stripeRefundId));
	}

	public Mono<Long> sendingFailed(UUID id, String error, Duration retryIn) {
		return this.waiting.failed(id, "true", error, retryIn);
	}

	/**
	 * Takes up to {@code limit} refunds not yet sent to Stripe whose turn has come, and
	 * pushes their next turn a lease away.
	 */
	public Flux<Refund> claimRefundsToSend(int limit, Duration lease) {
		return this.waiting.claim("status = 'REQUESTED' and stripe_refund_id is null", limit, lease, Refunds::read);
	}

	private static Refund read(Readable row) {
		return new Refund(row.get("id", UUID.class), row.get("payment_id", UUID.class),
				row.get("request_key", String.class), row.get("amount_cents", Long.class),
				RefundStatus.valueOf(row.get("status", String.class)), row.get("stripe_refund_id", String.class),
				row.get("reason", String.class));
	}

}
