package org.bookingfleet.booking.bookings.internal.messaging;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import org.bookingfleet.booking.audit.AuditEntry;
import org.bookingfleet.booking.audit.Origin;
import org.bookingfleet.booking.bookings.internal.store.AuditTrail;
import org.bookingfleet.booking.bookings.internal.store.Bookings;
import org.bookingfleet.events.EventEnvelope;
import org.bookingfleet.events.payment.RefundIssued;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records a refund on its booking once per payment and refund id, so the same refund told
 * again (or under another event id) counts once. It counts against the booking when its
 * payment is one the booking took, whichever of the two is heard first: a refund of a
 * payment the booking handed back (it was closed, or already paid) changes nothing.
 */
@Component
public class BookingRefunds {

	private static final Logger log = LoggerFactory.getLogger(BookingRefunds.class);

	private final DatabaseClient database;

	private final Bookings bookings;

	private final AuditTrail audit;

	private final JsonMapper json;

	private final Clock clock;

	public BookingRefunds(DatabaseClient database, Bookings bookings, AuditTrail audit, JsonMapper json, Clock clock) {
		this.database = database;
		this.bookings = bookings;
		this.audit = audit;
		this.json = json;
		this.clock = clock;
	}

	public Mono<Void> issued(RefundIssued refund, EventEnvelope envelope) {
		if (refund.amountCents() <= 0 || refund.refundId() == null || refund.paymentId() == null) {
			log.warn("refund {} of booking {} gives back nothing; not recorded", refund.refundId(), refund.bookingId());
			return Mono.empty();
		}
		return bookings.lock(refund.bookingId())
			.flatMap(booking -> database.sql("""
					insert into booking_refund (payment_id, refund_id, booking_id, amount_cents, currency, received_at)
					values (:payment, :refund, :booking, :amount, :currency, :at) on conflict do nothing
					""")
				.bind("payment", refund.paymentId())
				.bind("refund", refund.refundId())
				.bind("booking", refund.bookingId())
				.bind("amount", refund.amountCents())
				.bind("currency", refund.currency() == null ? "" : refund.currency())
				.bind("at", clock.instant())
				.fetch()
				.rowsUpdated()
				.flatMap(rows -> rows == 0 ? Mono.<Void>empty()
						: record(refund, envelope, booking.progress().status().name())))
			.switchIfEmpty(Mono.fromRunnable(() -> log.info("refund {} of booking {} recorded before or of no booking",
					refund.refundId(), refund.bookingId())));
	}

	private Mono<Void> record(RefundIssued refund, EventEnvelope envelope, String status) {
		return audit.append(new AuditEntry(refund.bookingId(), "REFUND_RECORDED", status, status,
				Origin.saga(envelope.source(), envelope.id().toString()), json.writeValueAsString(details(refund)),
				clock.instant()));
	}

	private static Map<String, Object> details(RefundIssued refund) {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("paymentId", refund.paymentId().toString());
		details.put("refundId", refund.refundId());
		details.put("amountCents", refund.amountCents());
		details.put("currency", refund.currency());
		return details;
	}

}
