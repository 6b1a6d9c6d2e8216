package org.bookingfleet.payment.billing.internal.store;

import java.time.Instant;
import java.util.UUID;

import io.r2dbc.postgresql.codec.Json;
import io.r2dbc.spi.Readable;
import org.bookingfleet.payment.billing.intent.DueBooking;
import org.bookingfleet.payment.billing.invoice.QuotedPrice;
import org.bookingfleet.payment.money.Money;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

@Repository
public class DueBookings {

	private static final JsonMapper JSON = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	/**
	 * Built once, which resolves the (de)serializers up front: resolving them on first
	 * use takes a lock, and requests arriving together would wait for it on event-loop
	 * threads.
	 */
	private static final ObjectReader READER = JSON.readerFor(QuotedPrice.class);

	private static final ObjectWriter WRITER = JSON.writerFor(QuotedPrice.class);

	private static final String COLUMNS = "booking_id, service_id, provider_id, amount_due_cents, currency, pay_by, "
			+ "customer_name, customer_email, owner_subject, access_token_digest, price, closed";

	private static final String INSERTED = "booking_id, service_id, provider_id, amount_due_cents, currency, pay_by, "
			+ "customer_name, customer_email, owner_subject, access_token_digest, price";

	private final DatabaseClient database;

	public DueBookings(DatabaseClient database) {
		this.database = database;
	}

	/**
	 * Stores what the booking owes now (its amount due: the deposit or the full price,
	 * plus fees charged since), as the booking service announced it; what is still
	 * outstanding is that less what the booking's payments brought.
	 */
	public Mono<Void> save(DueBooking due) {
		return store(due, "amount_due_cents = excluded.amount_due_cents, currency = excluded.currency, "
				+ "pay_by = excluded.pay_by, price = excluded.price");
	}

	/**
	 * A fee joined the booking: it now owes {@code amountDue} in all, at the price given;
	 * a booking that was never asked to pay before is stored whole.
	 */
	public Mono<Void> owe(DueBooking due) {
		return store(due, "amount_due_cents = excluded.amount_due_cents, price = excluded.price");
	}

	/**
	 * Stores the booking whole, or when it is already stored, changes only what
	 * {@code changed} sets.
	 */
	private Mono<Void> store(DueBooking due, String changed) {
		return database.sql("insert into booking_due (" + INSERTED
				+ ") values (:booking, :service, :provider, :amount, "
				+ ":currency, :payBy, :name, :email, :owner, :digest, :price) on conflict (booking_id) do update set "
				+ changed)
			.bind("booking", due.bookingId())
			.bind("service", due.serviceId())
			.bind("provider", due.providerId())
			.bind("amount", due.amountDue().cents())
			.bind("currency", due.amountDue().currencyCode())
			.bind("payBy", Parameter.fromOrEmpty(due.payBy(), Instant.class))
			.bind("name", Parameter.fromOrEmpty(due.customerName(), String.class))
			.bind("email", Parameter.fromOrEmpty(due.customerEmail(), String.class))
			.bind("owner", Parameter.fromOrEmpty(due.ownerSubject(), String.class))
			.bind("digest", Parameter.fromOrEmpty(due.accessTokenDigest(), String.class))
			.bind("price", Json.of(WRITER.writeValueAsString(due.price())))
			.fetch()
			.rowsUpdated()
			.then();
	}

	public Mono<DueBooking> byId(UUID bookingId) {
		return database.sql("select " + COLUMNS + " from booking_due where booking_id = :booking")
			.bind("booking", bookingId)
			.map(DueBookings::read)
			.one();
	}

	/**
	 * Locks the booking so that two requests for its PaymentIntent at once are planned
	 * one after the other.
	 */
	public Mono<DueBooking> byIdForUpdate(UUID bookingId) {
		return database.sql("select " + COLUMNS + " from booking_due where booking_id = :booking for update")
			.bind("booking", bookingId)
			.map(DueBookings::read)
			.one();
	}

	/** The booking expired or was cancelled: it takes no more money. */
	public Mono<Void> close(UUID bookingId, String reason) {
		return database.sql("update booking_due set closed = :reason where booking_id = :booking and closed is null")
			.bind("reason", reason)
			.bind("booking", bookingId)
			.fetch()
			.rowsUpdated()
			.then();
	}

	private static DueBooking read(Readable row) {
		return new DueBooking(row.get("booking_id", UUID.class), row.get("service_id", String.class),
				row.get("provider_id", Long.class),
				Money.of(row.get("amount_due_cents", Long.class), row.get("currency", String.class)),
				row.get("pay_by", Instant.class), row.get("customer_name", String.class),
				row.get("customer_email", String.class), row.get("owner_subject", String.class),
				row.get("access_token_digest", String.class), READER.readValue(row.get("price", Json.class).asString()),
				row.get("closed", String.class));
	}

}
