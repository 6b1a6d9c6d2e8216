package org.bookingfleet.booking.bookings.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.bookingfleet.events.EventEnvelope;
import org.bookingfleet.events.availability.SlotRejected;
import org.bookingfleet.events.availability.SlotReserved;
import org.bookingfleet.events.booking.BookingConfirmed;
import org.bookingfleet.events.booking.PaymentNotApplied;
import org.bookingfleet.events.payment.PaymentSucceeded;
import org.bookingfleet.testsupport.FleetIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.client.WebClient;
import tools.jackson.databind.JsonNode;

@FleetIntegrationTest
@AutoConfigureWebTestClient
class BookingSagaIntegrationTest {

	@Autowired
	WebTestClient web;

	@Autowired
	BookingFixtures fixtures;

	@LocalServerPort
	int port;

	private BookingFixtures.Slot slot(Duration ahead) {
		String service = fixtures.service(1);
		return fixtures.hold(service, fixtures.provider(), Instant.now().plus(ahead), 1);
	}

	private JsonNode book(BookingFixtures.Slot slot, long total, long deposit, String customer) {
		return web.post()
			.uri("/api/v2/bookings")
			.header(HttpHeaders.AUTHORIZATION, customer)
			.header("Idempotency-Key", UUID.randomUUID().toString())
			.bodyValue(fixtures.request(slot, fixtures.quote(slot, total, deposit)))
			.exchange()
			.expectStatus()
			.isAccepted()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
	}

	private String status(UUID id, String customer) {
		return web.get()
			.uri("/api/v2/bookings/{id}", id)
			.header(HttpHeaders.AUTHORIZATION, customer)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody()
			.get("status")
			.stringValue();
	}

	private void reserve(UUID id, BookingFixtures.Slot slot) {
		fixtures.publish(new SlotReserved(id, slot.holdId(), UUID.randomUUID(), slot.providerId(), slot.serviceId(),
				slot.start(), slot.end(), slot.seats()), id);
	}

	@Test
	void bookingWithADepositAwaitsPaymentThenIsConfirmedByIt() {
		String customer = fixtures.customer("alice-" + UUID.randomUUID());
		BookingFixtures.Slot slot = slot(Duration.ofDays(3));
		JsonNode created = book(slot, 12_449, 2_500, customer);
		UUID id = UUID.fromString(created.get("id").stringValue());
		assertThat(created.get("status").stringValue()).isEqualTo("PENDING");
		assertThat(created.get("accessToken").stringValue()).isNotBlank();
		assertThat(created.get("amountDueCents").longValue()).isEqualTo(2_500);

		reserve(id, slot);
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(status(id, customer)).isEqualTo("AWAITING_PAYMENT"));

		fixtures.publish(new PaymentSucceeded(UUID.randomUUID(), id, "pi_" + id, 2_500, "USD", "HMNP-INV-2026-00042"),
				id);
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(status(id, customer)).isEqualTo("CONFIRMED"));

		assertThat(fixtures.outboxTypes(id)).containsExactly("BookingRequested", "BookingAwaitingPayment",
				"BookingConfirmed");
		assertThat(fixtures.count("select count(*) from booking_audit where booking_id = :id", id)).isEqualTo(3);
		// the payment's invoice is named where the customer looks: the confirmation and
		// the view
		assertThat(fixtures.lastEvent(id, BookingConfirmed.class).invoiceNumber()).isEqualTo("HMNP-INV-2026-00042");
		JsonNode view = web.get()
			.uri("/api/v2/bookings/{id}", id)
			.header(HttpHeaders.AUTHORIZATION, customer)
			.exchange()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		assertThat(view.get("invoiceNumber").stringValue()).isEqualTo("HMNP-INV-2026-00042");
		assertThat(view.get("invoiceUrl").stringValue()).isEqualTo("/api/v2/invoices/HMNP-INV-2026-00042.pdf");
		JsonNode listed = web.get()
			.uri("/api/v2/bookings")
			.header(HttpHeaders.AUTHORIZATION, customer)
			.exchange()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		assertThat(listed.get("bookings").get(0).get("invoiceNumber").stringValue()).isEqualTo("HMNP-INV-2026-00042");
	}

	@Test
	void postAnswersWithTheSettledBookingWhenTheSagaSettlesWhileItWaits() {
		BookingFixtures.Slot slot = slot(Duration.ofDays(3));
		WebClient client = WebClient.builder().baseUrl("http://localhost:" + port).build();
		CompletableFuture<ResponseEntity<JsonNode>> answer = client.post()
			.uri("/api/v2/bookings")
			.header("Idempotency-Key", UUID.randomUUID().toString())
			.bodyValue(fixtures.request(slot, fixtures.quote(slot, 12_449, 2_500)))
			.retrieve()
			.toEntity(JsonNode.class)
			.toFuture();
		await().atMost(Duration.ofSeconds(10)).until(() -> fixtures.bookingHolding(slot.holdId()) != null);
		UUID id = fixtures.bookingHolding(slot.holdId());

		reserve(id, slot);

		ResponseEntity<JsonNode> created = answer.join();
		assertThat(created.getStatusCode().value()).isEqualTo(201);
		assertThat(created.getBody().get("status").stringValue()).isEqualTo("AWAITING_PAYMENT");
		assertThat(created.getBody().get("payBy")).isNotNull();
	}

	@Test
	void lostSlotRejectsTheBooking() {
		String customer = fixtures.customer("bob-" + UUID.randomUUID());
		BookingFixtures.Slot slot = slot(Duration.ofDays(2));
		UUID id = UUID.fromString(book(slot, 7_500, 0, customer).get("id").stringValue());

		fixtures.publish(new SlotRejected(id, slot.holdId(), slot.providerId(), "hold expired"), id);

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(status(id, customer)).isEqualTo("REJECTED"));
		assertThat(fixtures.outboxTypes(id)).containsExactly("BookingRequested", "BookingRejected");
	}

	@Test
	void unpaidBookingExpiresWhenItsPaymentWindowHasPassed() {
		String customer = fixtures.customer("carol-" + UUID.randomUUID());
		BookingFixtures.Slot slot = slot(Duration.ofDays(2));
		UUID id = UUID.fromString(book(slot, 7_500, 0, customer).get("id").stringValue());
		reserve(id, slot);
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(status(id, customer)).isEqualTo("AWAITING_PAYMENT"));

		fixtures.execute("update booking set pay_by = now() - interval '1 second' where id = :id", id);

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(status(id, customer)).isEqualTo("EXPIRED"));
		assertThat(fixtures.outboxTypes(id)).containsExactly("BookingRequested", "BookingAwaitingPayment",
				"BookingExpired");
	}

	@Test
	void paymentForAnExpiredBookingIsHandedBackAndTheBookingStaysExpired() {
		String customer = fixtures.customer("gina-" + UUID.randomUUID());
		BookingFixtures.Slot slot = slot(Duration.ofDays(2));
		UUID id = UUID.fromString(book(slot, 7_500, 0, customer).get("id").stringValue());
		reserve(id, slot);
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(status(id, customer)).isEqualTo("AWAITING_PAYMENT"));
		fixtures.execute("update booking set pay_by = now() - interval '1 second' where id = :id", id);
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(status(id, customer)).isEqualTo("EXPIRED"));

		fixtures.publish(new PaymentSucceeded(UUID.randomUUID(), id, "pi_late", 7_500, "USD"), id);

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(fixtures.outboxTypes(id)).endsWith("PaymentNotApplied"));
		assertThat(status(id, customer)).isEqualTo("EXPIRED");
	}

	@Test
	void redeliveredEventChangesNothing() {
		String customer = fixtures.customer("dan-" + UUID.randomUUID());
		BookingFixtures.Slot slot = slot(Duration.ofDays(2));
		UUID id = UUID.fromString(book(slot, 7_500, 0, customer).get("id").stringValue());
		EventEnvelope reserved = fixtures.publish(new SlotReserved(id, slot.holdId(), UUID.randomUUID(),
				slot.providerId(), slot.serviceId(), slot.start(), slot.end(), slot.seats()), id);
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(status(id, customer)).isEqualTo("AWAITING_PAYMENT"));

		fixtures.redeliver(reserved);
		fixtures.publish(new PaymentSucceeded(UUID.randomUUID(), id, "pi_" + id, 7_500, "USD"), id);
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(status(id, customer)).isEqualTo("CONFIRMED"));

		assertThat(fixtures.count("select count(*) from booking_audit where booking_id = :id", id)).isEqualTo(3);
		assertThat(fixtures.outboxTypes(id)).containsExactly("BookingRequested", "BookingAwaitingPayment",
				"BookingConfirmed");
	}

	private JsonNode read(UUID id, String customer) {
		return web.get()
			.uri("/api/v2/bookings/{id}", id)
			.header(HttpHeaders.AUTHORIZATION, customer)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
	}

	private UUID awaitingPayment(BookingFixtures.Slot slot, long total, long deposit, String customer) {
		UUID id = UUID.fromString(book(slot, total, deposit, customer).get("id").stringValue());
		reserve(id, slot);
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(status(id, customer)).isEqualTo("AWAITING_PAYMENT"));
		return id;
	}

	@Test
	void partPaymentIsRecordedAndTheBookingAwaitsTheRestBeforeItIsConfirmed() {
		String customer = fixtures.customer("hana-" + UUID.randomUUID());
		UUID id = awaitingPayment(slot(Duration.ofDays(3)), 12_449, 2_500, customer);

		EventEnvelope part = fixtures
			.publish(new PaymentSucceeded(UUID.randomUUID(), id, "pi_part_" + id, 1_000, "USD"), id);
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(read(id, customer).get("paidCents").longValue()).isEqualTo(1_000));
		JsonNode partlyPaid = read(id, customer);
		assertThat(partlyPaid.get("status").stringValue()).isEqualTo("AWAITING_PAYMENT");
		assertThat(partlyPaid.get("amountDueCents").longValue()).isEqualTo(2_500);
		assertThat(partlyPaid.get("balanceDueCents").longValue()).isEqualTo(1_500);

		fixtures.redeliver(part);
		PaymentSucceeded first = fixtures.data(part, PaymentSucceeded.class);
		fixtures.publish(first, id);
		fixtures.publish(new PaymentSucceeded(UUID.randomUUID(), id, "pi_rest_" + id, 1_500, "USD"), id);

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(status(id, customer)).isEqualTo("CONFIRMED"));
		JsonNode confirmed = read(id, customer);
		assertThat(confirmed.get("paidCents").longValue()).isEqualTo(2_500);
		assertThat(confirmed.get("balanceDueCents").longValue()).isZero();
		assertThat(fixtures.outboxTypes(id)).containsExactly("BookingRequested", "BookingAwaitingPayment",
				"BookingConfirmed");
		assertThat(fixtures.count("select count(*) from booking_audit where booking_id = :id", id)).isEqualTo(4);
		assertThat(fixtures
			.count("select count(*) from booking_audit where booking_id = :id and action = 'RECORD_PART_PAYMENT'"
					+ " and from_status = 'AWAITING_PAYMENT' and to_status = 'AWAITING_PAYMENT'", id))
			.isEqualTo(1);
		assertThat(fixtures.count("select count(*) from booking_payment where booking_id = :id and outcome = 'APPLIED'",
				id))
			.isEqualTo(2);
	}

	@Test
	void paymentInAnotherCurrencyIsHandedBackAndTheBookingStillAwaitsPayment() {
		String customer = fixtures.customer("ivan-" + UUID.randomUUID());
		UUID id = awaitingPayment(slot(Duration.ofDays(3)), 12_449, 2_500, customer);

		fixtures.publish(new PaymentSucceeded(UUID.randomUUID(), id, "pi_eur_" + id, 2_500, "EUR"), id);

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(fixtures.outboxTypes(id)).endsWith("PaymentNotApplied"));
		assertThat(fixtures.lastEvent(id, PaymentNotApplied.class).currency()).isEqualTo("EUR");
		JsonNode booking = read(id, customer);
		assertThat(booking.get("status").stringValue()).isEqualTo("AWAITING_PAYMENT");
		assertThat(booking.get("paidCents").longValue()).isZero();
	}

	@Test
	void requestTheAvailabilityServiceNeverAnsweredExpiresAfterTheAnswerDeadline() {
		String customer = fixtures.customer("jon-" + UUID.randomUUID());
		BookingFixtures.Slot slot = slot(Duration.ofDays(2));
		UUID id = UUID.fromString(book(slot, 7_500, 0, customer).get("id").stringValue());

		fixtures.execute("update booking set created_at = now() - interval '3 minutes' where id = :id", id);

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(status(id, customer)).isEqualTo("EXPIRED"));
		assertThat(fixtures.outboxTypes(id)).containsExactly("BookingRequested", "BookingExpired");
		assertThat(fixtures.count(
				"select count(*) from booking_audit where booking_id = :id and action = 'EXPIRE'"
						+ " and from_status = 'PENDING' and to_status = 'EXPIRED' and actor_id = 'answer-deadline'",
				id))
			.isEqualTo(1);
	}

	@Test
	void lateReservedSlotLeavesTheExpiredBookingExpired() {
		String customer = fixtures.customer("kim-" + UUID.randomUUID());
		BookingFixtures.Slot slot = slot(Duration.ofDays(2));
		UUID id = UUID.fromString(book(slot, 7_500, 0, customer).get("id").stringValue());
		fixtures.execute("update booking set created_at = now() - interval '3 minutes' where id = :id", id);
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(status(id, customer)).isEqualTo("EXPIRED"));

		EventEnvelope late = fixtures.publish(new SlotReserved(id, slot.holdId(), UUID.randomUUID(), slot.providerId(),
				slot.serviceId(), slot.start(), slot.end(), slot.seats()), id);

		await().atMost(Duration.ofSeconds(30)).until(() -> fixtures.consumed(late.id()));
		assertThat(status(id, customer)).isEqualTo("EXPIRED");
		assertThat(fixtures.outboxTypes(id)).containsExactly("BookingRequested", "BookingExpired");
		assertThat(fixtures.count("select count(*) from booking_audit where booking_id = :id", id)).isEqualTo(2);
	}

	@Test
	void bookingTheAvailabilityServiceHasAnsweredDoesNotExpireByTheAnswerDeadline() {
		String customer = fixtures.customer("lea-" + UUID.randomUUID());
		UUID id = awaitingPayment(slot(Duration.ofDays(3)), 12_449, 2_500, customer);

		fixtures.execute("update booking set created_at = now() - interval '3 minutes' where id = :id", id);
		EventEnvelope paid = fixtures.publish(new PaymentSucceeded(UUID.randomUUID(), id, "pi_" + id, 2_500, "USD"),
				id);

		await().atMost(Duration.ofSeconds(30)).until(() -> fixtures.consumed(paid.id()));
		assertThat(status(id, customer)).isEqualTo("CONFIRMED");
	}

}
