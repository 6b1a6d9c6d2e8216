package org.bookingfleet.payment.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.bookingfleet.payment.billing.internal.store.IntentView;
import org.bookingfleet.platform.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;

class RefundIntegrationTest extends PaymentJourney {

	String admin;

	@BeforeEach
	void mintAdmin() {
		admin = "Bearer " + tokens.mint("admin@example.com", Set.of(Role.ADMIN), null, Duration.ofHours(1));
	}

	@Test
	void anAdminRefundsPartlyOncePerKeyNeverMoreThanCapturedAndACreditNoteFollows() {
		IntentView paid = paidBooking();

		String first = refund(paid, "{\"amountCents\":3000,\"reason\":\"late provider\"}", "key-1", admin)
			.expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.amountCents")
			.isEqualTo(3000)
			.jsonPath("$.status")
			.isEqualTo("SUCCEEDED")
			.returnResult()
			.toString();
		String again = refund(paid, "{\"amountCents\":3000,\"reason\":\"late provider\"}", "key-1", admin)
			.expectStatus()
			.isCreated()
			.expectBody()
			.returnResult()
			.toString();
		refund(paid, "{\"amountCents\":9000}", "key-2", admin).expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.error.code")
			.isEqualTo("POLICY_VIOLATION")
			.jsonPath("$.error.details.refundableCents")
			.isEqualTo(7825);
		refund(paid, "{\"amountCents\":100}", "key-3", customer).expectStatus().isForbidden();

		assertThat(refundIdIn(again)).isEqualTo(refundIdIn(first));
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			assertThat(count("select count(*) from outbox_event where event_type = 'RefundIssued' and event_key = '"
					+ paid.bookingId() + "'"))
				.isEqualTo(1);
			assertThat(count("select coalesce(sum(total_cents), 0) from invoice where kind = 'CREDIT_NOTE' "
					+ "and booking_id = '" + paid.bookingId() + "'"))
				.isEqualTo(3000);
		});
		// the refund is announced naming its credit note, so the customer's email can
		assertThat(count("select count(*) from outbox_event e join invoice n on n.number = "
				+ "convert_from(e.payload, 'UTF8')::jsonb -> 'data' ->> 'creditNoteNumber' where e.event_type = "
				+ "'RefundIssued' and n.kind = 'CREDIT_NOTE' and n.booking_id = '" + paid.bookingId() + "'"))
			.isEqualTo(1);
		assertThat(count("select count(*) from refund where payment_id = '" + paid.paymentId() + "'")).isEqualTo(1);
	}

	@Test
	void aFractionATextANegativeOrZeroAmountOrAnUnknownKeyIsRefusedAndNothingIsRefunded() {
		IntentView paid = paidBooking();

		for (String body : List.of("{\"amountCents\":1.5}", "{\"amountCents\":\"100\"}", "{\"amountCents\":-500}",
				"{\"amountCents\":0}", "{\"amountCents\":99999999999999999999}")) {
			refund(paid, body, "hostile-" + body.hashCode(), admin).expectStatus()
				.isBadRequest()
				.expectBody()
				.jsonPath("$.error.code")
				.isEqualTo("VALIDATION_FAILED")
				.jsonPath("$.error.field")
				.isEqualTo("amountCents");
		}
		refund(paid, "{\"amount\":500}", "hostile-unknown", admin).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.error.code")
			.isEqualTo("VALIDATION_FAILED")
			.jsonPath("$.error.field")
			.isEqualTo("amount");

		assertThat(count("select count(*) from refund where payment_id = '" + paid.paymentId() + "'")).isZero();
		assertThat(count("select refunded_cents from payment where id = '" + paid.paymentId() + "'")).isZero();
	}

	@Test
	void aCancellationRefundsWhatThePolicyOwesButNoMoreThanIsLeft() {
		IntentView paid = paidBooking();
		refund(paid, "{\"amountCents\":2000}", "goodwill", admin).expectStatus().isCreated();

		events.publish(BookingEvents.cancelled(paid.bookingId(), 10_825), paid.bookingId());

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(
					() -> assertThat(count("select refunded_cents from payment where id = '" + paid.paymentId() + "'"))
						.isEqualTo(10_825));
		assertThat(count("select sum(amount_cents) from refund where payment_id = '" + paid.paymentId() + "'"))
			.isEqualTo(10_825);
	}

	@Test
	void concurrentRefundsNeverGiveBackMoreThanWasCaptured() {
		IntentView paid = paidBooking();
		WebClient client = WebClient.create("http://localhost:" + port);

		List<Integer> statuses = Flux.range(0, 20)
			.flatMap(
					i -> client.post()
						.uri("/api/v2/payments/{id}/refunds", paid.paymentId())
						.header("Authorization", admin)
						.header("Idempotency-Key", "concurrent-" + i)
						.contentType(MediaType.APPLICATION_JSON)
						.bodyValue("{\"amountCents\":1000}")
						.exchangeToMono(response -> response.releaseBody().thenReturn(response.statusCode().value())),
					20)
			.collectList()
			.toFuture()
			.join();

		assertThat(statuses).containsOnly(201, 422);
		assertThat(statuses.stream().filter(status -> status == 201)).hasSize(10);
		assertThat(count("select sum(amount_cents) from refund where payment_id = '" + paid.paymentId() + "'"))
			.isEqualTo(10_000);
	}

	@Test
	void aDisputedChargeIsAnnouncedOnce() {
		IntentView paid = paidBooking("pm_card_createDispute");

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(count("select count(*) from outbox_event where event_type = "
					+ "'DisputeOpened' and event_key = '" + paid.bookingId() + "'"))
				.isEqualTo(1));
		assertThat(count("select count(*) from payment where id = '" + paid.paymentId() + "' and disputed"))
			.isEqualTo(1);
	}

	private IntentView paidBooking() {
		return paidBooking("pm_card_visa");
	}

	private IntentView paidBooking(String paymentMethod) {
		UUID bookingId = UUID.randomUUID();
		events.publish(BookingEvents.awaitingPayment(bookingId), bookingId);
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(count("select count(*) from payment where booking_id = '" + bookingId
					+ "' and status = 'REQUIRES_PAYMENT'"))
				.isEqualTo(1));
		IntentView intent = requestIntent(bookingId);
		payInBrowser(intent, paymentMethod).expectStatus().isOk();
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(count(
					"select count(*) from payment where id = '" + intent.paymentId() + "' and status = 'SUCCEEDED'"))
				.isEqualTo(1));
		return intent;
	}

	private WebTestClient.ResponseSpec refund(IntentView paid, String body, String key, String authorization) {
		return web.post()
			.uri("/api/v2/payments/{id}/refunds", paid.paymentId())
			.header("Authorization", authorization)
			.header("Idempotency-Key", key)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange();
	}

	private static String refundIdIn(String exchange) {
		int start = exchange.indexOf("\"refundId\":\"") + "\"refundId\":\"".length();
		return exchange.substring(start, exchange.indexOf('"', start));
	}

	private long count(String sql) {
		return database.sql(sql).map(row -> ((Number) row.get(0)).longValue()).one().toFuture().join();
	}

}
