package org.bookingfleet.payment.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.bookingfleet.events.booking.BookingAwaitingPayment;
import org.bookingfleet.events.booking.Customer;
import org.bookingfleet.events.booking.PriceSnapshot;
import org.bookingfleet.payment.billing.intent.BalanceDue;
import org.bookingfleet.payment.billing.internal.store.IntentView;
import org.bookingfleet.platform.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A course booked with a deposit of £63 on a price of £315, through Kafka, the service
 * and the sandbox: once the deposit is paid, asking for the booking's intent gives a new
 * one for the £252 still owed, the same one while it is open, and once that is paid the
 * booking owes nothing and asking again is 409.
 */
class BalancePaymentIntegrationTest extends PaymentJourney {

	@Test
	void afterThePaidDepositTheBalanceGetsItsOwnIntentAndIsTaken() {
		UUID bookingId = UUID.randomUUID();
		events.publish(depositBooking(bookingId), bookingId);
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(latest(bookingId)).isEqualTo("1:REQUIRES_PAYMENT"));
		IntentView deposit = requestIntent(bookingId);
		assertThat(deposit.amountCents()).isEqualTo(6_300);
		payInBrowser(deposit, "pm_card_visa").expectStatus().isOk();
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(latest(bookingId)).isEqualTo("1:SUCCEEDED"));

		IntentView balance = requestIntent(bookingId);
		IntentView askedAgain = requestIntent(bookingId);

		assertThat(balance.attempt()).isEqualTo(2);
		assertThat(balance.amountCents()).isEqualTo(25_200);
		assertThat(balance.currency()).isEqualTo("GBP");
		assertThat(balance.paymentIntentId()).isNotEqualTo(deposit.paymentIntentId());
		assertThat(askedAgain.paymentIntentId()).isEqualTo(balance.paymentIntentId());
		assertThat(sandbox.account().paymentIntentsWithMetadata("booking_id", bookingId.toString())).hasSize(2);

		payInBrowser(balance, "pm_card_visa").expectStatus().isOk();

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(latest(bookingId)).isEqualTo("2:SUCCEEDED"));
		assertThat(count("select count(*) from outbox_event where event_type = 'PaymentSucceeded' "
				+ "and event_key = cast(:booking as text)", bookingId))
			.isEqualTo(2);
		assertThat(count("select coalesce(sum(captured_cents), 0) from payment where booking_id = :booking and applied",
				bookingId))
			.isEqualTo(31_500);
		assertThat(count("select count(*) from refund r join payment p on p.id = r.payment_id "
				+ "where p.booking_id = :booking", bookingId))
			.isZero();
		askForIntent(bookingId).expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.error.code")
			.isEqualTo("ALREADY_PAID")
			.jsonPath("$.error.details.paidCents")
			.isEqualTo(31_500);
	}

	/**
	 * £10 of the paid £63 deposit goes back as goodwill: the balance intent asks for the
	 * £252 still owed, not £262, and that is what the balance reminder asks from the
	 * events this service published (the price less the payments announced; refunds never
	 * owed again).
	 */
	@Test
	void aGoodwillRefundOnThePaidDepositIsNotAskedForAgainWithTheBalance() {
		UUID bookingId = UUID.randomUUID();
		String admin = "Bearer " + tokens.mint("admin@example.com", Set.of(Role.ADMIN), null, Duration.ofHours(1));
		events.publish(depositBooking(bookingId), bookingId);
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(latest(bookingId)).isEqualTo("1:REQUIRES_PAYMENT"));
		IntentView deposit = requestIntent(bookingId);
		payInBrowser(deposit, "pm_card_visa").expectStatus().isOk();
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(latest(bookingId)).isEqualTo("1:SUCCEEDED"));
		web.post()
			.uri("/api/v2/payments/{id}/refunds", deposit.paymentId())
			.header("Authorization", admin)
			.header("Idempotency-Key", "goodwill-" + bookingId)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"amountCents\":1000,\"reason\":\"goodwill: the provider came late\"}")
			.exchange()
			.expectStatus()
			.isCreated();
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(announced(bookingId, "RefundIssued")).isEqualTo(1_000));

		IntentView balance = requestIntent(bookingId);

		long reminderAsks = new BalanceDue(31_500, announced(bookingId, "PaymentSucceeded")).owedCents();
		assertThat(balance.amountCents()).isEqualTo(25_200).isEqualTo(reminderAsks);
	}

	@Test
	void theBalanceIsNotAskedForWhileTheDepositIsUnpaid() {
		UUID bookingId = UUID.randomUUID();
		events.publish(depositBooking(bookingId), bookingId);
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(latest(bookingId)).isEqualTo("1:REQUIRES_PAYMENT"));

		IntentView first = requestIntent(bookingId);
		IntentView again = requestIntent(bookingId);

		assertThat(first.amountCents()).isEqualTo(6_300);
		assertThat(again.paymentIntentId()).isEqualTo(first.paymentIntentId());
		assertThat(count("select count(*) from payment where booking_id = :booking", bookingId)).isEqualTo(1);
	}

	private static BookingAwaitingPayment depositBooking(UUID bookingId) {
		PriceSnapshot price = new PriceSnapshot("q-" + bookingId, "GBP", 31_500, 6_300, 5_250,
				List.of(new PriceSnapshot.Line("BASE", "First aid course, 1 seat", 26_250, "base price"),
						new PriceSnapshot.Line("TAX", "VAT 20%", 5_250, "GB VAT 20%")));
		return new BookingAwaitingPayment(bookingId, "first-aid-course", 31, 6_300, "GBP",
				Instant.now().plusSeconds(1800),
				new Customer("Dana Reyes", PaymentFixtures.CUSTOMER, null, "en", List.of("EMAIL")), price,
				PaymentFixtures.CUSTOMER, null);
	}

	private WebTestClient.ResponseSpec askForIntent(UUID bookingId) {
		return web.post()
			.uri("/api/v2/payments/intent")
			.header("Authorization", customer)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"bookingId\":\"" + bookingId + "\"}")
			.exchange();
	}

	/** The sum of the amounts this service announced in events of that type. */
	private long announced(UUID bookingId, String type) {
		return count(
				"select coalesce(sum((convert_from(payload, 'UTF8')::jsonb -> 'data' ->> 'amountCents')::bigint), 0) "
						+ "from outbox_event where event_type = '" + type + "' and event_key = cast(:booking as text)",
				bookingId);
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
