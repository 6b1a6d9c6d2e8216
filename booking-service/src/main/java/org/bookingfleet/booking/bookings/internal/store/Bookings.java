package org.bookingfleet.booking.bookings.internal.store;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import io.r2dbc.spi.Readable;
import org.bookingfleet.booking.analytics.BookingFact;
import org.bookingfleet.booking.bookings.Booking;
import org.bookingfleet.booking.bookings.BookingDetails;
import org.bookingfleet.booking.bookings.BookingFilter;
import org.bookingfleet.booking.bookings.BookingProgress;
import org.bookingfleet.booking.lifecycle.BookingStatus;
import org.bookingfleet.booking.lifecycle.RefundedMoney;
import org.bookingfleet.platform.WholeResult;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Repository
public class Bookings {

	/**
	 * What the payments a booking took brought, and what was refunded of them: money a
	 * booking took and a refund of it count together, whichever was heard first.
	 */
	static final String MONEY = """
			(select coalesce(sum(p.amount_cents), 0) from booking_payment p
			    where p.booking_id = booking.id and p.outcome = 'APPLIED') as collected_cents,
			(select coalesce(sum(r.amount_cents), 0) from booking_refund r
			    join booking_payment p on p.payment_id = r.payment_id and p.booking_id = r.booking_id and p.outcome = 'APPLIED'
			    where r.booking_id = booking.id) as refunded_cents
			""";

	/** Reads whole bookings, with {@link #MONEY}; {@link #read} takes its rows. */
	static final String SELECT = "select booking.*, " + MONEY + " from booking";

	private final DatabaseClient database;

	public Bookings(DatabaseClient database) {
		this.database = database;
	}

	public Mono<Booking> insert(Booking booking) {
		BookingDetails d = booking.details();
		GenericExecuteSpec spec = database
			.sql("""
					insert into booking (id, status, service_id, provider_id, customer_id, access_token_digest, customer_name,
					    customer_email, customer_phone, starts_at, ends_at, time_zone, hold_id, seats, address, promo_code,
					    special_instructions, attendees, quote, currency, total_cents, deposit_cents, amount_due_cents, paid_cents,
					    refund_cents, approval_required, approved, slot_reserved, pay_by, series_id, series_index, pending_hold_id,
					    pending_fee_cents, fees_cents, charges, status_reason, version, created_at, updated_at, language, channels)
					values (:id, :status, :serviceId, :providerId, :customerId, :digest, :name, :email, :phone, :startsAt, :endsAt,
					    :zone, :holdId, :seats, :address, :promo, :instructions, :attendees, :quote, :currency, :total, :deposit,
					    :due, :paid, :refund, :approvalRequired, :approved, :reserved, :payBy, :seriesId, :seriesIndex, :pendingHold,
					    :pendingFee, :fees, :charges, :reason, :version, :createdAt, :updatedAt, :language, :channels)
					""")
			.bind("serviceId", d.serviceId())
			.bind("providerId", d.providerId())
			.bind("digest", d.accessTokenDigest())
			.bind("name", d.customerName())
			.bind("email", d.customerEmail())
			.bind("phone", d.customerPhone())
			.bind("zone", d.timeZone())
			.bind("seats", d.seats())
			.bind("attendees", d.attendees())
			.bind("quote", d.quote())
			.bind("currency", d.currency())
			.bind("total", d.totalCents())
			.bind("deposit", d.depositCents())
			.bind("due", d.amountDueCents())
			.bind("approvalRequired", d.approvalRequired())
			.bind("createdAt", d.createdAt());
		spec = nullable(spec, "customerId", d.customerId(), String.class);
		spec = nullable(spec, "address", d.address(), String.class);
		spec = nullable(spec, "promo", d.promoCode(), String.class);
		spec = nullable(spec, "instructions", d.specialInstructions(), String.class);
		spec = nullable(spec, "seriesId", d.seriesId(), UUID.class);
		spec = nullable(spec, "seriesIndex", d.seriesIndex(), Integer.class);
		spec = nullable(spec, "language", d.language(), String.class);
		spec = nullable(spec, "channels", d.channels() == null ? null : String.join(",", d.channels()), String.class);
		return progress(spec.bind("id", d.id()), booking.progress()).fetch().rowsUpdated().thenReturn(booking);
	}

	/**
	 * Writes the new progress if nobody changed the booking since version
	 * {@code expected} was read.
	 */
	public Mono<Booking> update(Booking changed, long expected) {
		Booking booking = changed.with(changed.progress().versioned(expected + 1));
		GenericExecuteSpec spec = database
			.sql("""
					update booking set status = :status, starts_at = :startsAt, ends_at = :endsAt, hold_id = :holdId,
					    slot_reserved = :reserved, approved = :approved, paid_cents = :paid, refund_cents = :refund, pay_by = :payBy,
					    amount_due_cents = :due,
					    pending_hold_id = :pendingHold, pending_fee_cents = :pendingFee, fees_cents = :fees, charges = :charges,
					    status_reason = :reason, version = :version, updated_at = :updatedAt,
					    customer_name = :name, customer_email = :email, customer_phone = :phone, special_instructions = :instructions,
					    seats = :seats, attendees = :attendees
					where id = :id and version = :expected
					""")
			.bind("id", booking.details().id())
			.bind("expected", expected)
			.bind("due", booking.details().amountDueCents())
			.bind("seats", booking.details().seats())
			.bind("attendees", booking.details().attendees())
			.bind("name", booking.details().customerName())
			.bind("email", booking.details().customerEmail())
			.bind("phone", booking.details().customerPhone());
		spec = nullable(spec, "instructions", booking.details().specialInstructions(), String.class);
		return progress(spec, booking.progress()).fetch()
			.rowsUpdated()
			.flatMap(rows -> rows == 1 ? Mono.just(booking) : Mono.error(
					new OptimisticLockingFailureException("booking " + booking.details().id() + " changed meanwhile")));
	}

	public Mono<Booking> find(UUID id) {
		return database.sql(SELECT + " where id = :id").bind("id", id).map(Bookings::read).one();
	}

	/**
	 * Reads and locks the booking until the surrounding transaction ends, so changes to
	 * one booking queue up.
	 */
	public Mono<Booking> lock(UUID id) {
		return database.sql(SELECT + " where id = :id for update").bind("id", id).map(Bookings::read).one();
	}

	public Flux<UUID> unpaidPast(Instant now, int limit) {
		return database.sql("""
				select id from booking where status = 'AWAITING_PAYMENT' and pay_by <= :now
				order by pay_by limit :limit for update skip locked
				""")
			.bind("now", now)
			.bind("limit", limit)
			.map((row, meta) -> row.get("id", UUID.class))
			.all()
			.as(WholeResult::of);
	}

	/**
	 * Bookings the availability service has not answered since {@code requestedBefore},
	 * locked for this transaction.
	 */
	public Flux<UUID> unansweredSince(Instant requestedBefore, int limit) {
		return database.sql("""
				select id from booking where status = 'PENDING' and not slot_reserved and created_at <= :before
				order by created_at limit :limit for update skip locked
				""")
			.bind("before", requestedBefore)
			.bind("limit", limit)
			.map((row, meta) -> row.get("id", UUID.class))
			.all()
			.as(WholeResult::of);
	}

	/**
	 * Records that the booking heard of a payment, once per payment id: false when it was
	 * recorded before (the same payment told again), so it counts once.
	 */
	public Mono<Boolean> paymentHeard(UUID bookingId, UUID paymentId, String paymentIntentId, long amountCents,
			String currency, String outcome, Instant at) {
		GenericExecuteSpec spec = database
			.sql("""
					insert into booking_payment (payment_id, booking_id, payment_intent_id, amount_cents, currency, outcome, received_at)
					values (:payment, :booking, :intent, :amount, :currency, :outcome, :at) on conflict (payment_id) do nothing
					""")
			.bind("payment", paymentId)
			.bind("booking", bookingId)
			.bind("amount", amountCents)
			.bind("currency", currency == null ? "" : currency)
			.bind("outcome", outcome)
			.bind("at", at);
		return nullable(spec, "intent", paymentIntentId, String.class).fetch().rowsUpdated().map(rows -> rows == 1);
	}

	public Flux<Booking> list(BookingFilter filter) {
		StringBuilder sql = new StringBuilder(SELECT + " where starts_at >= :from and starts_at < :to");
		if (filter.customerId() != null) {
			sql.append(" and customer_id = :customer");
		}
		if (filter.providerId() != null) {
			sql.append(" and provider_id = :provider");
		}
		if (filter.status() != null) {
			sql.append(" and status = :status");
		}
		sql.append(" order by starts_at, id limit :size offset :offset");
		GenericExecuteSpec spec = database.sql(sql.toString())
			.bind("from", filter.from())
			.bind("to", filter.to())
			.bind("size", filter.size())
			.bind("offset", (long) filter.page() * filter.size());
		if (filter.customerId() != null) {
			spec = spec.bind("customer", filter.customerId());
		}
		if (filter.providerId() != null) {
			spec = spec.bind("provider", filter.providerId());
		}
		if (filter.status() != null) {
			spec = spec.bind("status", filter.status().name());
		}
		return spec.map(Bookings::read).all();
	}

	/**
	 * What analytics needs of the bookings starting in [from, to), optionally of one
	 * provider: what each keeps of what was paid (money collected less refunds), the
	 * refunds, and its quoted price with the taxes in it.
	 */
	public Flux<BookingFact> facts(Long providerId, Instant from, Instant to) {
		GenericExecuteSpec spec = database
			.sql("select service_id, status, starts_at, time_zone, currency, paid_cents,"
					+ " coalesce((quote::jsonb ->> 'finalPriceCents')::bigint, total_cents) as price_cents,"
					+ " coalesce((quote::jsonb ->> 'taxesCents')::bigint, 0) as taxes_cents, " + MONEY + " from booking"
					+ " where starts_at >= :from and starts_at < :to"
					+ (providerId == null ? "" : " and provider_id = :provider"))
			.bind("from", from)
			.bind("to", to);
		if (providerId != null) {
			spec = spec.bind("provider", providerId);
		}
		return spec.map((row, meta) -> {
			RefundedMoney refunded = new RefundedMoney(row.get("collected_cents", Long.class),
					row.get("refunded_cents", Long.class));
			return new BookingFact(row.get("service_id", String.class),
					BookingStatus.valueOf(row.get("status", String.class)), row.get("starts_at", Instant.class),
					ZoneId.of(row.get("time_zone", String.class)), row.get("currency", String.class),
					row.get("price_cents", Long.class), row.get("taxes_cents", Long.class),
					refunded.keptOf(row.get("paid_cents", Long.class)), refunded.refundedCents());
		}).all();
	}

	private static GenericExecuteSpec progress(GenericExecuteSpec spec, BookingProgress p) {
		spec = spec.bind("status", p.status().name())
			.bind("startsAt", p.startsAt())
			.bind("endsAt", p.endsAt())
			.bind("holdId", p.holdId())
			.bind("reserved", p.slotReserved())
			.bind("approved", p.approved())
			.bind("paid", p.paidCents())
			.bind("fees", p.feesCents())
			.bind("charges", p.charges())
			.bind("version", p.version())
			.bind("updatedAt", p.updatedAt());
		spec = nullable(spec, "refund", p.refundCents(), Long.class);
		spec = nullable(spec, "payBy", p.payBy(), Instant.class);
		spec = nullable(spec, "pendingHold", p.pendingHoldId(), UUID.class);
		spec = nullable(spec, "pendingFee", p.pendingFeeCents(), Long.class);
		return nullable(spec, "reason", p.statusReason(), String.class);
	}

	private static <T> GenericExecuteSpec nullable(GenericExecuteSpec spec, String name, T value, Class<T> type) {
		return value == null ? spec.bindNull(name, type) : spec.bind(name, value);
	}

	private static List<String> channels(String stored) {
		return stored == null || stored.isBlank() ? null : List.of(stored.split(","));
	}

	static Booking read(Readable row) {
		BookingDetails details = new BookingDetails(row.get("id", UUID.class), row.get("service_id", String.class),
				row.get("provider_id", Long.class), row.get("customer_id", String.class),
				row.get("access_token_digest", String.class), row.get("customer_name", String.class),
				row.get("customer_email", String.class), row.get("customer_phone", String.class),
				row.get("time_zone", String.class), row.get("seats", Integer.class), row.get("address", String.class),
				row.get("promo_code", String.class), row.get("special_instructions", String.class),
				row.get("attendees", String.class), row.get("quote", String.class), row.get("currency", String.class),
				row.get("total_cents", Long.class), row.get("deposit_cents", Long.class),
				row.get("amount_due_cents", Long.class), row.get("approval_required", Boolean.class),
				row.get("series_id", UUID.class), row.get("series_index", Integer.class),
				row.get("created_at", Instant.class), row.get("language", String.class),
				channels(row.get("channels", String.class)));
		BookingProgress progress = new BookingProgress(BookingStatus.valueOf(row.get("status", String.class)),
				row.get("starts_at", Instant.class), row.get("ends_at", Instant.class), row.get("hold_id", UUID.class),
				row.get("slot_reserved", Boolean.class), row.get("approved", Boolean.class),
				row.get("paid_cents", Long.class), row.get("refund_cents", Long.class),
				row.get("pay_by", Instant.class), row.get("pending_hold_id", UUID.class),
				row.get("pending_fee_cents", Long.class), row.get("fees_cents", Long.class),
				row.get("charges", String.class), row.get("status_reason", String.class),
				row.get("version", Long.class), row.get("updated_at", Instant.class));
		return new Booking(details, progress,
				new RefundedMoney(row.get("collected_cents", Long.class), row.get("refunded_cents", Long.class)));
	}

	/**
	 * What a reschedule waits to take with its new slot: the quote of the new time and,
	 * if it changes, the new party.
	 */
	public record PendingChange(String quote, String attendees) {
	}

	/**
	 * The quote of the time a reschedule asked for (and the attendees of a new party, or
	 * null), kept beside its pending hold until the new slot is booked.
	 */
	public Mono<Void> keepPendingChange(UUID id, String quote, String attendees) {
		GenericExecuteSpec spec = database
			.sql("update booking set pending_quote = :quote, pending_attendees = :attendees where id = :id")
			.bind("id", id);
		spec = nullable(spec, "quote", quote, String.class);
		return nullable(spec, "attendees", attendees, String.class).fetch().rowsUpdated().then();
	}

	public Mono<PendingChange> pendingChange(UUID id) {
		return database
			.sql("select pending_quote, pending_attendees from booking where id = :id and pending_quote is not null")
			.bind("id", id)
			.map((row, meta) -> new PendingChange(row.get("pending_quote", String.class),
					row.get("pending_attendees", String.class)))
			.one();
	}

	/**
	 * Writes a booking's new price (and the address it was priced for) and keeps the
	 * quote it replaced as its previous price snapshot; what is due now, the seats and
	 * the attendees are written with the booking ({@link #update}).
	 */
	public Mono<Void> reprice(BookingDetails repriced, String previousQuote) {
		GenericExecuteSpec spec = database.sql("""
				update booking set quote = :quote, total_cents = :total, deposit_cents = :deposit,
				    previous_quote = :previous, pending_quote = null, pending_attendees = null, address = :address
				where id = :id
				""")
			.bind("id", repriced.id())
			.bind("quote", repriced.quote())
			.bind("total", repriced.totalCents())
			.bind("deposit", repriced.depositCents())
			.bind("previous", previousQuote);
		return nullable(spec, "address", repriced.address(), String.class).fetch().rowsUpdated().then();
	}

}
