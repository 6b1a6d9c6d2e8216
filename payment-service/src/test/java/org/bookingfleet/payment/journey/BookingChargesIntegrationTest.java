package org.bookingfleet.payment.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.bookingfleet.events.booking.BookingFeeCharged;
import org.bookingfleet.events.booking.Customer;
import org.bookingfleet.events.booking.PaymentNotApplied;
import org.bookingfleet.events.booking.PriceSnapshot;
import org.bookingfleet.payment.billing.internal.store.IntentView;
import org.junit.jupiter.api.Test;

/**
 * What a booking owes beyond its first payment, through Kafka, the service and the
 * sandbox: a fee charged after the booking was paid is asked for alone, taken and
 * recorded on the booking's one invoice as its own line, and money the booking does not
 * take goes back.
 */
class BookingChargesIntegrationTest extends PaymentJourney {

	@Test
	void aLateRescheduleFeeChargedAfterTheBookingWasPaidIsAskedForAloneAndTaken() {
		UUID bookingId = paidBooking();

		events.publish(feeCharged(bookingId, 2_500, 10_825 + 2_500, 10_825), bookingId);
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(latest(bookingId)).isEqualTo("2:REQUIRES_PAYMENT"));
		IntentView fee = requestIntent(bookingId);
		assertThat(fee.attempt()).isEqualTo(2);
		assertThat(fee.amountCents()).isEqualTo(2_500);
		payInBrowser(fee, "pm_card_visa").expectStatus().isOk();

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(latest(bookingId)).isEqualTo("2:SUCCEEDED"));
		assertThat(count(
				"select count(*) from outbox_event where event_type = 'PaymentSucceeded' and event_key = cast(:booking as text)",
				bookingId))
			.isEqualTo(2);
		assertThat(count(
				"select count(*) from refund r join payment p on p.id = r.payment_id where p.booking_id = :booking",
				bookingId))
			.isZero();
		assertThat(count("select coalesce(sum(captured_cents), 0) from payment where booking_id = :booking and applied",
				bookingId))
			.isEqualTo(13_325);
		// the fee and its payment are recorded on the booking's one invoice
		assertThat(count("select count(*) from invoice where booking_id = :booking and kind = 'INVOICE'", bookingId))
			.isEqualTo(1);
		assertThat(count("select count(*) from invoice, jsonb_array_elements(content -> 'lines') line "
				+ "where booking_id = :booking and kind = 'INVOICE' and line ->> 'code' = 'RESCHEDULE_FEE' "
				+ "and (line ->> 'amountCents')::bigint = 2500", bookingId))
			.isEqualTo(1);
		assertThat(count("select (content ->> 'totalCents')::bigint from invoice where booking_id = :booking "
				+ "and kind = 'INVOICE'", bookingId))
			.isEqualTo(13_325);
		assertThat(count("select jsonb_array_length(content -> 'payments') from invoice where booking_id = :booking "
				+ "and kind = 'INVOICE'", bookingId))
			.isEqualTo(2);
		assertThat(count("select (content ->> 'balanceDueCents')::bigint from invoice where booking_id = :booking "
				+ "and kind = 'INVOICE'", bookingId))
			.isZero();
		web.post()
			.uri("/api/v2/payments/intent")
			.header("Authorization", customer)
			.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
			.bodyValue("{\"bookingId\":\"" + bookingId + "\"}")
			.exchange()
			.expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.error.code")
			.isEqualTo("ALREADY_PAID");
	}

	@Test
	void aPaymentTheBookingDidNotTakeIsGivenBackInFull() {
		UUID bookingId = paidBooking();
		UUID paymentId = database.sql("select id from payment where booking_id = :booking and status = 'SUCCEEDED'")
			.bind("booking", bookingId)
			.map(row -> row.get("id", UUID.class))
			.one()
			.toFuture()
			.join();

		events.publish(new PaymentNotApplied(bookingId, paymentId, null, 10_825, "USD", "EXPIRED"), bookingId);

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(count("select coalesce(sum(amount_cents), 0) from refund "
					+ "where request_key = 'not-applied' and payment_id = (select id from payment where booking_id = :booking "
					+ "and status = 'SUCCEEDED')", bookingId))
				.isEqualTo(10_825));
		assertThat(count("select count(*) from payment where booking_id = :booking and applied", bookingId)).isZero();
	}

	@Test
	void whatAnExpiredBookingTookGoesBack() {
		UUID bookingId = paidBooking();

		events.publish(BookingEvents.expired(bookingId), bookingId);

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(count("select coalesce(sum(r.amount_cents), 0) from refund r "
					+ "join payment p on p.id = r.payment_id where p.booking_id = :booking "
					+ "and r.request_key like 'booking-expired-%'", bookingId))
				.isEqualTo(10_825));
	}

	private UUID paidBooking() {
		UUID bookingId = UUID.randomUUID();
		events.publish(BookingEvents.awaitingPayment(bookingId), bookingId);
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(latest(bookingId)).isEqualTo("1:REQUIRES_PAYMENT"));
		IntentView first = requestIntent(bookingId);
		assertThat(first.amountCents()).isEqualTo(10_825);
		payInBrowser(first, "pm_card_visa").expectStatus().isOk();
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(latest(bookingId)).isEqualTo("1:SUCCEEDED"));
		return bookingId;
	}

	@Test
	void whatWasPaidBeyondTheLowerPriceOfARescheduledBookingGoesBack() {
		UUID bookingId = paidBooking();
		PriceSnapshot cheaper = new PriceSnapshot("q-cheaper-" + bookingId, "USD", 8_660, 8_000, 660,
				List.of(new PriceSnapshot.Line("BASE", "Mobile notary visit", 8_000, "base price"),
						new PriceSnapshot.Line("TAX", "Texas sales tax 8.25%", 660, "TX 8.25%")));
		BookingFeeCharged repriced = new BookingFeeCharged(bookingId, "mobile-notary", 7, "REPRICED",
				"Price of the new time", 8_660 - 10_825, "USD", 8_660, 8_660,
				new Customer("Dana Reyes", PaymentFixtures.CUSTOMER, null, "en", List.of("EMAIL")), cheaper,
				PaymentFixtures.CUSTOMER, null, 10_825 - 8_660);

		events.publish(repriced, bookingId);

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(
					() -> assertThat(count(
							"select coalesce(sum(r.amount_cents), 0) from refund r "
									+ "join payment p on p.id = r.payment_id where p.booking_id = :booking "
									+ "and r.request_key like 'booking-repriced-%' and r.status = 'SUCCEEDED'",
							bookingId))
						.isEqualTo(2_165));
		assertThat(count("select count(*) from payment where booking_id = :booking", bookingId)).isEqualTo(1);
	}

	private static BookingFeeCharged feeCharged(UUID bookingId, long fee, long amountDue, long paid) {
		PriceSnapshot price = new PriceSnapshot("q-" + bookingId, "USD", 10_825 + fee, 10_825, 825,
				List.of(new PriceSnapshot.Line("BASE", "Mobile notary visit", 10_000, "base price"),
						new PriceSnapshot.Line("TAX", "Texas sales tax 8.25%", 825, "TX 8.25%"),
						new PriceSnapshot.Line("RESCHEDULE_FEE", "Late reschedule fee", fee, "reschedule policy")));
		return new BookingFeeCharged(bookingId, "mobile-notary", 7, "RESCHEDULE_FEE", "Late reschedule fee", fee, "USD",
				amountDue, paid, new Customer("Dana Reyes", PaymentFixtures.CUSTOMER, null, "en", List.of("EMAIL")),
				price, PaymentFixtures.CUSTOMER, null, 0);
	}

	private String latest(UUID bookingId) {
		return database
			.sql("select attempt || ':' || status as latest from payment where booking_id = :booking "
					+ "order by attempt desc limit 1")
			.bind("booking", bookingId)
			.map(row -> row.get("latest", String.class))
			.one()
			.defaultIfEmpty("NONE")
			.toFuture()
			.join();
	}

	private long count(String sql, UUID bookingId) {
		return database.sql(sql)
			.bind("booking", bookingId)
			.map(row -> ((Number) row.get(0)).longValue())
			.one()
			.toFuture()
			.join();
	}

}
