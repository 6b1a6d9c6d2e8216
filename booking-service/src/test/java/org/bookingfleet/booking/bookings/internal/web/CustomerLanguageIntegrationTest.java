package org.bookingfleet.booking.bookings.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bookingfleet.events.availability.SlotReserved;
import org.bookingfleet.events.payment.PaymentSucceeded;
import org.bookingfleet.testsupport.FleetIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A booking records the customer's language and channels and announces them, so every
 * message about it speaks that language on those channels.
 */
@FleetIntegrationTest
@AutoConfigureWebTestClient
class CustomerLanguageIntegrationTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	WebTestClient web;

	@Autowired
	BookingFixtures fixtures;

	@Autowired
	DatabaseClient database;

	@Test
	void bookingKeepsThePagesLanguageAndTheChosenChannelsAndAnnouncesThemOnConfirmation() {
		String customer = fixtures.customer("lucia-" + UUID.randomUUID());
		BookingFixtures.Slot slot = slot();
		Map<String, Object> request = new HashMap<>(fixtures.request(slot, fixtures.quote(slot, 12_449, 2_500)));
		request.put("language", "es_AR");
		request.put("channels", List.of("email", "WHATSAPP"));

		JsonNode created = post(request, customer).expectStatus()
			.isAccepted()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		UUID id = UUID.fromString(created.get("id").stringValue());
		assertThat(created.get("language").stringValue()).isEqualTo("es-AR");
		assertThat(created.get("channels").values()).extracting(JsonNode::stringValue)
			.containsExactly("EMAIL", "WHATSAPP");

		confirm(id, slot);

		JsonNode confirmed = payload(id, "BookingConfirmed");
		assertThat(confirmed.at("/data/customer/language").stringValue()).isEqualTo("es-AR");
		assertThat(confirmed.at("/data/customer/channels").values()).extracting(JsonNode::stringValue)
			.containsExactly("EMAIL", "WHATSAPP");
		assertThat(payload(id, "BookingAwaitingPayment").at("/data/customer/language").stringValue())
			.isEqualTo("es-AR");
	}

	@Test
	void bookingThatChoseNothingSpeaksTheBusinessLanguageByEmailAndSms() {
		String customer = fixtures.customer("dana-" + UUID.randomUUID());
		BookingFixtures.Slot slot = slot();

		JsonNode created = post(fixtures.request(slot, fixtures.quote(slot, 12_449, 2_500)), customer).expectStatus()
			.isAccepted()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		UUID id = UUID.fromString(created.get("id").stringValue());
		confirm(id, slot);

		JsonNode confirmed = payload(id, "BookingConfirmed");
		assertThat(confirmed.at("/data/customer/language").stringValue()).isEqualTo("en");
		assertThat(confirmed.at("/data/customer/channels").values()).extracting(JsonNode::stringValue)
			.containsExactly("EMAIL", "SMS");
	}

	@Test
	void unknownChannelOrMalformedLanguageIsRefusedNamingTheFieldAndStoresNothing() {
		String customer = fixtures.customer("eve-" + UUID.randomUUID());
		BookingFixtures.Slot slot = slot();
		Map<String, Object> request = new HashMap<>(fixtures.request(slot, fixtures.quote(slot, 12_449, 2_500)));
		request.put("channels", List.of("EMAIL", "PIGEON"));

		post(request, customer).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.error.code")
			.isEqualTo("VALIDATION_FAILED")
			.jsonPath("$.error.field")
			.isEqualTo("channels");

		request.put("channels", List.of("EMAIL"));
		request.put("language", "not a language!");
		post(request, customer).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.error.field")
			.isEqualTo("language");
		assertThat(fixtures.bookingHolding(slot.holdId())).isNull();
	}

	private BookingFixtures.Slot slot() {
		return fixtures.hold(fixtures.service(1), fixtures.provider(), Instant.now().plus(Duration.ofDays(3)), 1);
	}

	private WebTestClient.ResponseSpec post(Map<String, Object> request, String customer) {
		return web.post()
			.uri("/api/v2/bookings")
			.header(HttpHeaders.AUTHORIZATION, customer)
			.header("Idempotency-Key", UUID.randomUUID().toString())
			.bodyValue(request)
			.exchange();
	}

	private void confirm(UUID id, BookingFixtures.Slot slot) {
		fixtures.publish(new SlotReserved(id, slot.holdId(), UUID.randomUUID(), slot.providerId(), slot.serviceId(),
				slot.start(), slot.end(), slot.seats()), id);
		await().atMost(Duration.ofSeconds(30)).until(() -> fixtures.outboxTypes(id).contains("BookingAwaitingPayment"));
		fixtures.publish(new PaymentSucceeded(UUID.randomUUID(), id, "pi_" + id, 2_500, "USD"), id);
		await().atMost(Duration.ofSeconds(30)).until(() -> fixtures.outboxTypes(id).contains("BookingConfirmed"));
	}

	private JsonNode payload(UUID id, String type) {
		byte[] payload = database
			.sql("select payload from outbox_event where event_key = :key and event_type = :type order by id limit 1")
			.bind("key", id.toString())
			.bind("type", type)
			.map(row -> row.get(0, byte[].class))
			.one()
			.block();
		return JSON.readTree(new String(payload, StandardCharsets.UTF_8));
	}

}
