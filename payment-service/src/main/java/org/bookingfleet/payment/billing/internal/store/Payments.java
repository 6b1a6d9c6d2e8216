package org.bookingfleet.payment.billing.internal.store;

import java.time.Duration;
import java.util.UUID;

import io.r2dbc.spi.Readable;
import org.bookingfleet.payment.billing.intent.IntentAttempt;
import org.bookingfleet.payment.billing.intent.Payment;
import org.bookingfleet.payment.billing.intent.PaymentStatus;
import org.bookingfleet.payment.money.Money;
import org.bookingfleet.platform.LeasedRows;
import org.bookingfleet.platform.WholeResult;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Repository
public class Payments {

	private static final String COLUMNS = "id, booking_id, attempt, amount_cents, currency, status, payment_intent_id, "
			+ "client_secret, captured_cents, refunded_cents, disputed, failure_code, failure_message, version";

	private static final String TO_CREATE = "status = 'CREATING' and not cancel_requested";

	private static final String TO_CANCEL = "cancel_requested and status in ('CREATING', 'REQUIRES_PAYMENT', 'FAILED')";

	private final DatabaseClient database;

	private final LeasedRows waiting;

	public Payments(DatabaseClient database) {
		this.database = database;
		this.waiting = new LeasedRows(database, "payment", COLUMNS);
	}

	public Mono<StoredPayment> insert(Payment payment) {
		return database
			.sql("insert into payment (id, booking_id, attempt, amount_cents, currency, status, payment_intent_id, "
					+ "next_try_at) values (:id, :booking, :attempt, :amount, :currency, :status, :intent, "
					+ "case when :status = 'CREATING' then now() end)")
			.bind("id", payment.id())
			.bind("booking", payment.bookingId())
			.bind("attempt", payment.attempt().number())
			.bind("amount", payment.amount().cents())
			.bind("currency", payment.amount().currencyCode())
			.bind("status", payment.status().name())
			.bind("intent", nullable(payment.paymentIntentId()))
			.fetch()
			.rowsUpdated()
			.thenReturn(new StoredPayment(payment, null, 1));
	}

	public Mono<StoredPayment> byId(UUID id) {
		return one("select " + COLUMNS + " from payment where id = :id", "id", id);
	}

	public Mono<StoredPayment> byIdForUpdate(UUID id) {
		return one("select " + COLUMNS + " from payment where id = :id for update", "id", id);
	}

	public Mono<StoredPayment> latestForBooking(UUID bookingId) {
		return one("select " + COLUMNS + " from payment where booking_id = :booking order by attempt desc limit 1",
				"booking", bookingId);
	}

	/**
	 * What the booking's payments brought in and count towards what it owes, but for
	 * {@code paymentId}.
	 */
	public Mono<Long> collectedForBooking(UUID bookingId, UUID paymentId) {
		return database
			.sql("select coalesce(sum(captured_cents), 0) as collected from payment where booking_id = :booking "
					+ "and applied and id <> :payment")
			.bind("booking", bookingId)
			.bind("payment", paymentId == null ? new UUID(0, 0) : paymentId)
			.map(row -> row.get("collected", Long.class))
			.one();
	}

	/** The booking's payments that count towards what it owes, the latest first. */
	public Flux<StoredPayment> appliedForBooking(UUID bookingId) {
		return database
			.sql("select " + COLUMNS + " from payment where booking_id = :booking and applied order by attempt desc")
			.bind("booking", bookingId)
			.map(Payments::read)
			.all()
			.as(WholeResult::of);
	}

	/**
	 * Counts the payment towards its booking, or no longer (given back). The caller holds
	 * the row's lock.
	 */
	public Mono<Long> applied(UUID id, boolean applied) {
		return database.sql("update payment set applied = :applied, updated_at = now() where id = :id")
			.bind("applied", applied)
			.bind("id", id)
			.fetch()
			.rowsUpdated();
	}

	public Mono<StoredPayment> byIntent(String paymentIntentId) {
		return one("select " + COLUMNS + " from payment where payment_intent_id = :intent", "intent", paymentIntentId);
	}

	public Mono<StoredPayment> byIntentForUpdate(String paymentIntentId) {
		return one("select " + COLUMNS + " from payment where payment_intent_id = :intent for update", "intent",
				paymentIntentId);
	}

	public Mono<StoredPayment> byAttempt(UUID bookingId, int attempt) {
		return database.sql("select " + COLUMNS + " from payment where booking_id = :booking and attempt = :attempt")
			.bind("booking", bookingId)
			.bind("attempt", attempt)
			.map(Payments::read)
			.one();
	}

	/** Writes what changed and bumps the version; the caller holds the row's lock. */
	public Mono<StoredPayment> update(StoredPayment stored, Payment next) {
		return database
			.sql("update payment set status = :status, payment_intent_id = :intent, captured_cents = :captured, "
					+ "refunded_cents = :refunded, disputed = :disputed, failure_code = :code, "
					+ "failure_message = :message, version = version + 1, updated_at = now() where id = :id")
			.bind("status", next.status().name())
			.bind("intent", nullable(next.paymentIntentId()))
			.bind("captured", next.capturedCents())
			.bind("refunded", next.refundedCents())
			.bind("disputed", next.disputed())
			.bind("code", nullable(next.failureCode()))
			.bind("message", nullable(next.failureMessage()))
			.bind("id", next.id())
			.fetch()
			.rowsUpdated()
			.thenReturn(new StoredPayment(next, stored.clientSecret(), stored.version() + 1));
	}

	/**
	 * Records the PaymentIntent Stripe created, once: a second answer for the same
	 * attempt changes nothing.
	 */
	public Mono<Long> intentCreated(UUID id, String paymentIntentId, String clientSecret) {
		return database
			.sql("update payment set payment_intent_id = :intent, client_secret = :secret, "
					+ "status = case when status = 'CREATING' then 'REQUIRES_PAYMENT' else status end, "
					+ "next_try_at = null, last_error = null, version = version + 1, updated_at = now() "
					+ "where id = :id and payment_intent_id is null")
			.bind("intent", paymentIntentId)
			.bind("secret", clientSecret)
			.bind("id", id)
			.fetch()
			.rowsUpdated();
	}

	public Mono<Long> creationFailed(UUID id, String error, Duration retryIn) {
		return this.waiting.failed(id, "status = 'CREATING'", error, retryIn);
	}

	/**
	 * Takes up to {@code limit} payments whose PaymentIntent is still to be created and
	 * whose turn has come, and pushes their next turn a lease away, so another instance
	 * polling meanwhile leaves them alone.
	 */
	public Flux<StoredPayment> claimIntentsToCreate(int limit, Duration lease) {
		return this.waiting.claim(TO_CREATE, limit, lease, Payments::read);
	}

	/**
	 * Asks for the booking's open attempts to be canceled: the booking no longer takes
	 * money.
	 */
	public Mono<Long> requestCancel(UUID bookingId) {
		return database
			.sql("update payment set cancel_requested = true, next_try_at = now() where booking_id = :booking "
					+ "and status in ('CREATING', 'REQUIRES_PAYMENT', 'FAILED')")
			.bind("booking", bookingId)
			.fetch()
			.rowsUpdated();
	}

	/**
	 * Takes up to {@code limit} open attempts of closed bookings whose cancellation at
	 * Stripe is due, and pushes their next turn a lease away.
	 */
	public Flux<StoredPayment> claimIntentsToCancel(int limit, Duration lease) {
		return this.waiting.claim(TO_CANCEL, limit, lease, Payments::read);
	}

	public Mono<Long> cancelGivenUp(UUID id) {
		return database.sql("update payment set cancel_requested = false, next_try_at = null where id = :id")
			.bind("id", id)
			.fetch()
			.rowsUpdated();
	}

	public Mono<Long> retryLater(UUID id, String error, Duration retryIn) {
		return this.waiting.failed(id, "true", error, retryIn);
	}

	private Mono<StoredPayment> one(String sql, String name, Object value) {
		return database.sql(sql).bind(name, value).map(Payments::read).one();
	}

	static StoredPayment read(Readable row) {
		UUID bookingId = row.get("booking_id", UUID.class);
		Payment payment = new Payment(row.get("id", UUID.class),
				new IntentAttempt(bookingId, row.get("attempt", Integer.class)),
				Money.of(row.get("amount_cents", Long.class), row.get("currency", String.class)),
				PaymentStatus.valueOf(row.get("status", String.class)), row.get("payment_intent_id", String.class),
				row.get("captured_cents", Long.class), row.get("refunded_cents", Long.class),
				row.get("disputed", Boolean.class), row.get("failure_code", String.class),
				row.get("failure_message", String.class));
		return new StoredPayment(payment, row.get("client_secret", String.class), row.get("version", Long.class));
	}

	private static org.springframework.r2dbc.core.Parameter nullable(String value) {
		return org.springframework.r2dbc.core.Parameter.fromOrEmpty(value, String.class);
	}

}
