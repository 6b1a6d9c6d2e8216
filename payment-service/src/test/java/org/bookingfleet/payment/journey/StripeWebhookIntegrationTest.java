package org.bookingfleet.payment.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.bookingfleet.payment.billing.intent.Payment;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;

class StripeWebhookIntegrationTest extends PaymentJourney {

	@Test
	void aPayloadSignedWithTheRightSecretIsAcceptedAndPaysThePayment() {
		Payment payment = fixtures.openPayment();
		String payload = PaymentFixtures.succeeded("evt_" + UUID.randomUUID(), payment);

		post(payload, PaymentFixtures.signature(payload)).expectStatus().isOk();

		assertThat(status(payment)).isEqualTo("SUCCEEDED");
		assertThat(outbox("PaymentSucceeded", payment)).isEqualTo(1);
		assertThat(invoices(payment)).isEqualTo(1);
	}

	@Test
	void aWrongSecretIsRefusedAndStoresNothing() {
		assertRefusedAndNothingStored(
				(payment, payload) -> PaymentFixtures.signature(payload, "whsec_wrong", Instant.now()));
	}

	@Test
	void anAlteredBodyIsRefusedAndStoresNothing() {
		Payment payment = fixtures.openPayment();
		String eventId = "evt_" + UUID.randomUUID();
		String payload = PaymentFixtures.succeeded(eventId, payment);
		String signature = PaymentFixtures.signature(payload);

		post(payload.replace("\"amount_received\": 10825", "\"amount_received\": 1"), signature).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.error.code")
			.isEqualTo("VALIDATION_FAILED");

		assertThat(storedEvents(eventId)).isZero();
		assertThat(status(payment)).isEqualTo("REQUIRES_PAYMENT");
	}

	@Test
	void aTimestampOlderThanTheToleranceIsRefusedAndStoresNothing() {
		assertRefusedAndNothingStored((payment, payload) -> PaymentFixtures.signature(payload,
				LocalStripe.WEBHOOK_SECRET, Instant.now().minusSeconds(301)));
	}

	@Test
	void aTimestampFurtherAheadThanTheToleranceIsRefusedAndStoresNothing() {
		assertRefusedAndNothingStored((payment, payload) -> PaymentFixtures.signature(payload,
				LocalStripe.WEBHOOK_SECRET, Instant.now().plusSeconds(3600)));
	}

	@Test
	void aNulCharacterInASignedPayloadIsRefusedAndStoresNothing() {
		Payment payment = fixtures.openPayment();
		String eventId = "evt_" + UUID.randomUUID();
		String escaped = PaymentFixtures.succeeded(eventId + "\\u0000", payment);
		String raw = PaymentFixtures.succeeded(eventId + "\0", payment);

		for (String payload : List.of(escaped, raw)) {
			post(payload, PaymentFixtures.signature(payload)).expectStatus()
				.isBadRequest()
				.expectBody()
				.jsonPath("$.error.code")
				.isEqualTo("VALIDATION_FAILED");
		}

		assertThat(count("select count(*) from stripe_event where event_id like '" + eventId + "%'")).isZero();
		assertThat(status(payment)).isEqualTo("REQUIRES_PAYMENT");
	}

	@Test
	void aMissingSignatureIsRefusedAndStoresNothing() {
		assertRefusedAndNothingStored((payment, payload) -> null);
	}

	@Test
	void theSameEventDeliveredFiveTimesAtOnceIsHandledOnce() {
		Payment payment = fixtures.openPayment();
		String eventId = "evt_" + UUID.randomUUID();
		String payload = PaymentFixtures.succeeded(eventId, payment);
		WebClient client = WebClient.create("http://localhost:" + port);

		List<Integer> statuses = Flux.range(0, 5)
			.flatMap(
					i -> client.post()
						.uri("/api/v2/webhooks/stripe")
						.contentType(MediaType.APPLICATION_JSON)
						.header("Stripe-Signature", PaymentFixtures.signature(payload))
						.bodyValue(payload)
						.exchangeToMono(response -> response.releaseBody().thenReturn(response.statusCode().value())),
					5)
			.collectList()
			.toFuture()
			.join();

		assertThat(statuses).containsOnly(200);
		assertThat(storedEvents(eventId)).isEqualTo(1);
		assertThat(outbox("PaymentSucceeded", payment)).isEqualTo(1);
		assertThat(outbox("InvoiceIssued", payment)).isEqualTo(1);
		assertThat(invoices(payment)).isEqualTo(1);
	}

	@Test
	void aLatePaymentFailedAfterSucceededChangesNothing() {
		Payment payment = fixtures.openPayment();
		String success = PaymentFixtures.succeeded("evt_" + UUID.randomUUID(), payment);
		String lateFailure = PaymentFixtures.declined("evt_" + UUID.randomUUID(), payment);

		post(success, PaymentFixtures.signature(success)).expectStatus().isOk();
		post(lateFailure, PaymentFixtures.signature(lateFailure)).expectStatus().isOk();

		assertThat(status(payment)).isEqualTo("SUCCEEDED");
		assertThat(outbox("PaymentFailed", payment)).isZero();
	}

	@Test
	void aDeclineIsAnnouncedAndLeavesThePaymentOpenToAnotherCard() {
		Payment payment = fixtures.openPayment();
		String failure = PaymentFixtures.declined("evt_" + UUID.randomUUID(), payment);
		String success = PaymentFixtures.succeeded("evt_" + UUID.randomUUID(), payment);

		post(failure, PaymentFixtures.signature(failure)).expectStatus().isOk();
		assertThat(status(payment)).isEqualTo("FAILED");
		post(success, PaymentFixtures.signature(success)).expectStatus().isOk();

		assertThat(status(payment)).isEqualTo("SUCCEEDED");
		assertThat(outbox("PaymentFailed", payment)).isEqualTo(1);
		assertThat(outbox("PaymentSucceeded", payment)).isEqualTo(1);
	}

	@Test
	void aSecondAttemptThatAlsoSucceedsIsRefundedInFullAndTheBookingIsAnnouncedPaidOnce() {
		Payment first = fixtures.openPayment();
		Payment second = fixtures.openAttempt(first.bookingId(), 2);
		String firstPaid = PaymentFixtures.succeeded("evt_" + UUID.randomUUID(), first);
		String secondPaid = PaymentFixtures.succeeded("evt_" + UUID.randomUUID(), second);

		post(firstPaid, PaymentFixtures.signature(firstPaid)).expectStatus().isOk();
		post(secondPaid, PaymentFixtures.signature(secondPaid)).expectStatus().isOk();

		assertThat(status(second)).isEqualTo("SUCCEEDED");
		assertThat(outbox("PaymentSucceeded", first)).isEqualTo(1);
		assertThat(invoices(first)).isEqualTo(1);
		assertThat(invoices(second)).isZero();
		assertThat(count("select count(*) from refund where payment_id = '" + second.id() + "' and amount_cents = "
				+ second.amount().cents()))
			.isEqualTo(1);
	}

	@Test
	void aPaymentArrivingAfterTheBookingExpiredIsRefundedInFullAndNotAnnounced() {
		Payment late = fixtures.openPayment();
		dueBookings.close(late.bookingId(), "expired").toFuture().join();
		String paid = PaymentFixtures.succeeded("evt_" + UUID.randomUUID(), late);

		post(paid, PaymentFixtures.signature(paid)).expectStatus().isOk();

		assertThat(outbox("PaymentSucceeded", late)).isZero();
		assertThat(invoices(late)).isZero();
		assertThat(count("select count(*) from refund where payment_id = '" + late.id() + "' and request_key = "
				+ "'booking-expired' and amount_cents = " + late.amount().cents()))
			.isEqualTo(1);
	}

	private void assertRefusedAndNothingStored(Signing signing) {
		Payment payment = fixtures.openPayment();
		String eventId = "evt_" + UUID.randomUUID();
		String payload = PaymentFixtures.succeeded(eventId, payment);

		post(payload, signing.sign(payment, payload)).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.error.code")
			.isEqualTo("VALIDATION_FAILED")
			.jsonPath("$.error.field")
			.isEqualTo("Stripe-Signature");

		assertThat(storedEvents(eventId)).isZero();
		assertThat(status(payment)).isEqualTo("REQUIRES_PAYMENT");
		assertThat(outbox("PaymentSucceeded", payment)).isZero();
	}

	private WebTestClient.ResponseSpec post(String payload, String signature) {
		WebTestClient.RequestBodySpec request = web.post()
			.uri("/api/v2/webhooks/stripe")
			.contentType(MediaType.APPLICATION_JSON);
		if (signature != null) {
			request = request.header("Stripe-Signature", signature);
		}
		return request.bodyValue(payload).exchange();
	}

	private String status(Payment payment) {
		return database.sql("select status from payment where id = :id")
			.bind("id", payment.id())
			.map(row -> row.get("status", String.class))
			.one()
			.toFuture()
			.join();
	}

	private long storedEvents(String eventId) {
		return count("select count(*) from stripe_event where event_id = '" + eventId + "'");
	}

	private long outbox(String type, Payment payment) {
		return count("select count(*) from outbox_event where event_type = '" + type + "' and event_key = '"
				+ payment.bookingId() + "'");
	}

	private long invoices(Payment payment) {
		return count("select count(*) from invoice where kind = 'INVOICE' and payment_id = '" + payment.id() + "'");
	}

	private long count(String sql) {
		return database.sql(sql).map(row -> row.get(0, Long.class)).one().toFuture().join();
	}

	@FunctionalInterface
	private interface Signing {

		String sign(Payment payment, String payload);

	}

}
