package org.bookingfleet.payment.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.bookingfleet.payment.billing.internal.store.IntentView;
import org.bookingfleet.platform.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;

/**
 * The whole way of a payment through Kafka, the service, the sandbox over HTTP and its
 * signed webhooks: a declined card, then another card on a new attempt, and the booking
 * paid once.
 */
class DeclineThenRetryIntegrationTest extends PaymentJourney {

	@Test
	void aDeclinedCardThenAnotherCardPaysTheBookingOnce() {
		UUID bookingId = UUID.randomUUID();
		events.publish(BookingEvents.awaitingPayment(bookingId), bookingId);
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(currentStatus(bookingId)).isEqualTo("REQUIRES_PAYMENT"));

		IntentView first = requestIntent(bookingId);
		assertThat(first.clientSecret()).startsWith(first.paymentIntentId() + "_secret_");
		assertThat(first.amountCents()).isEqualTo(10_825);
		payInBrowser(first, "pm_card_chargeDeclined").expectStatus().isEqualTo(402);
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(currentStatus(bookingId)).isEqualTo("FAILED"));

		IntentView retry = requestIntent(bookingId);
		assertThat(retry.attempt()).isEqualTo(2);
		assertThat(retry.paymentIntentId()).isNotEqualTo(first.paymentIntentId());
		payInBrowser(retry, "pm_card_visa").expectStatus().isOk();

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(currentStatus(bookingId)).isEqualTo("SUCCEEDED"));
		assertThat(outbox("PaymentFailed", bookingId)).isEqualTo(1);
		assertThat(outbox("PaymentSucceeded", bookingId)).isEqualTo(1);
		assertThat(sandbox.account().paymentIntentsWithMetadata("booking_id", bookingId.toString())).hasSize(2);
		String invoice = database.sql("select number from invoice where booking_id = :booking and kind = 'INVOICE'")
			.bind("booking", bookingId)
			.map(row -> row.get("number", String.class))
			.one()
			.toFuture()
			.join();
		web.get()
			.uri("/api/v2/invoices/{number}", invoice)
			.header("Authorization", customer)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.number")
			.isEqualTo(invoice)
			.jsonPath("$.totalCents")
			.isEqualTo(10_825)
			.jsonPath("$.taxCents")
			.isEqualTo(825)
			.jsonPath("$.paidCents")
			.isEqualTo(10_825);
		byte[] pdf = web.get()
			.uri("/api/v2/invoices/{number}.pdf", invoice)
			.header("Authorization", customer)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PDF)
			.expectBody(byte[].class)
			.returnResult()
			.getResponseBody();
		assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
	}

	@Test
	void anExpiredBookingsIntentIsCanceledAtStripeAndCanNoLongerBePaid() {
		UUID bookingId = UUID.randomUUID();
		events.publish(BookingEvents.awaitingPayment(bookingId), bookingId);
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(currentStatus(bookingId)).isEqualTo("REQUIRES_PAYMENT"));
		IntentView open = requestIntent(bookingId);

		events.publish(BookingEvents.expired(bookingId), bookingId);

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(currentStatus(bookingId)).isEqualTo("CANCELED"));
		assertThat(sandbox.account().paymentIntentsWithMetadata("booking_id", bookingId.toString())).singleElement()
			.satisfies(intent -> assertThat(intent.get("status").getAsString()).isEqualTo("canceled"));
		payInBrowser(open, "pm_card_visa").expectStatus().isBadRequest();
		web.post()
			.uri("/api/v2/payments/intent")
			.header("Authorization", customer)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"bookingId\":\"" + bookingId + "\"}")
			.exchange()
			.expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.error.code")
			.isEqualTo("INVALID_STATE_TRANSITION");
		assertThat(outbox("PaymentSucceeded", bookingId)).isZero();
	}

	@Test
	void manyRequestsForTheSameBookingAtOnceShareOneIntent() {
		UUID bookingId = UUID.randomUUID();
		events.publish(BookingEvents.awaitingPayment(bookingId), bookingId);
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(currentStatus(bookingId)).isEqualTo("REQUIRES_PAYMENT"));
		WebClient client = WebClient.create("http://localhost:" + port);

		List<String> intents = Flux.range(0, 20)
			.flatMap(i -> client.post()
				.uri("/api/v2/payments/intent")
				.header("Authorization", customer)
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue("{\"bookingId\":\"" + bookingId + "\"}")
				.retrieve()
				.bodyToMono(IntentView.class)
				.map(IntentView::paymentIntentId), 20)
			.collectList()
			.toFuture()
			.join();

		assertThat(intents).hasSize(20).containsOnly(intents.get(0));
		assertThat(sandbox.account().paymentIntentsWithMetadata("booking_id", bookingId.toString())).hasSize(1);
	}

	@Test
	void someoneElseGetsNoClientSecret() {
		UUID bookingId = UUID.randomUUID();
		events.publish(BookingEvents.awaitingPayment(bookingId), bookingId);
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(currentStatus(bookingId)).isEqualTo("REQUIRES_PAYMENT"));
		String stranger = "Bearer "
				+ tokens.mint("mallory@example.com", Set.of(Role.CLIENT), null, Duration.ofHours(1));

		web.post()
			.uri("/api/v2/payments/intent")
			.header("Authorization", stranger)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"bookingId\":\"" + bookingId + "\"}")
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectBody()
			.jsonPath("$.error.code")
			.isEqualTo("FORBIDDEN");
	}

	private String currentStatus(UUID bookingId) {
		return database.sql("select status from payment where booking_id = :booking order by attempt desc limit 1")
			.bind("booking", bookingId)
			.map(row -> row.get("status", String.class))
			.one()
			.defaultIfEmpty("NONE")
			.toFuture()
			.join();
	}

	private long outbox(String type, UUID bookingId) {
		return database.sql("select count(*) from outbox_event where event_type = :type and event_key = :key")
			.bind("type", type)
			.bind("key", bookingId.toString())
			.map(row -> row.get(0, Long.class))
			.one()
			.toFuture()
			.join();
	}

}
