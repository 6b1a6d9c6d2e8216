package org.bookingfleet.payment.journey;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class StripeOutageIntegrationTest extends PaymentJourney {

	@Test
	void anIntentAskedForDuringAStripeOutageIsCreatedOnceStripeIsBack() {
		int stripePort = sandbox.baseUrl().getPort();
		sandbox.close();
		UUID bookingId = UUID.randomUUID();
		events.publish(BookingEvents.awaitingPayment(bookingId), bookingId);

		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
			assertThat(column(bookingId, "status")).isEqualTo("CREATING");
			assertThat(Integer.parseInt(column(bookingId, "tries"))).isGreaterThanOrEqualTo(2);
		});
		sandbox = LocalStripe.start(stripePort);

		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(column(bookingId, "status")).isEqualTo("REQUIRES_PAYMENT"));
		web.post()
			.uri("/api/v2/payments/intent")
			.header("Authorization", customer)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"bookingId\":\"" + bookingId + "\"}")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.paymentIntentId")
			.isEqualTo(column(bookingId, "payment_intent_id"))
			.jsonPath("$.attempt")
			.isEqualTo(1);
		List<?> intents = sandbox.account().paymentIntentsWithMetadata("booking_id", bookingId.toString());
		assertThat(intents).hasSize(1);
	}

	private String column(UUID bookingId, String column) {
		return database.sql("select " + column + "::text as value from payment where booking_id = :booking")
			.bind("booking", bookingId)
			.map(row -> row.get("value", String.class))
			.one()
			.defaultIfEmpty("")
			.toFuture()
			.join();
	}

}
