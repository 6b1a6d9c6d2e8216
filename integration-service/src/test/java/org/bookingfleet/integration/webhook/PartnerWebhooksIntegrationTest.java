package org.bookingfleet.integration.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.bookingfleet.events.Topics;
import org.bookingfleet.integration.WithPartners;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

class PartnerWebhooksIntegrationTest extends WithPartners {

	private static final WebhookSignature PROOF = new WebhookSignature("local-proof-webhook-secret");

	private static final WebhookSignature GHL = new WebhookSignature("local-ghl-webhook-secret");

	@Autowired
	WebTestClient web;

	/**
	 * The second the last {@link #signed} signature was made at: it is sent with it,
	 * however late the send is.
	 */
	private Long signedAt;

	private WebTestClient.ResponseSpec send(String path, String header, String signature, String body) {
		return send(path, header, signature, signedAt == null ? clock.instant().getEpochSecond() : signedAt, body);
	}

	private WebTestClient.ResponseSpec send(String path, String header, String signature, long sent, String body) {
		String timestampHeader = header.replace("Signature", "Timestamp");
		return web.post()
			.uri(path)
			.contentType(MediaType.APPLICATION_JSON)
			.header(header, signature)
			.header(timestampHeader, String.valueOf(sent))
			.bodyValue(body.getBytes(StandardCharsets.UTF_8))
			.exchange();
	}

	private String signed(WebhookSignature partner, String body) {
		signedAt = clock.instant().getEpochSecond();
		return partner.sign(signedAt, body.getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void completedNotarizationClosesTheSessionOnceHoweverOftenItIsSent() {
		UUID bookingId = UUID.randomUUID();
		String transaction = "ot_" + bookingId;
		database
			.sql("insert into ron_session (booking_id, transaction_id, signer_link, status, created_at) "
					+ "values (:b, :t, 'https://proof.example/sign', 'CREATED', :now)")
			.bind("b", bookingId)
			.bind("t", transaction)
			.bind("now", Instant.now())
			.then()
			.block();
		String body = "{\"id\":\"evt_" + bookingId + "\",\"type\":\"transaction.completed\","
				+ "\"data\":{\"transaction_id\":\"" + transaction + "\"}}";
		String signature = signed(PROOF, body);

		send("/api/v2/webhooks/proof", "X-Proof-Signature", signature, body).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.duplicate")
			.isEqualTo(false);
		send("/api/v2/webhooks/proof", "X-Proof-Signature", "sha256=" + signature, body).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.duplicate")
			.isEqualTo(true);

		assertThat(count("select count(*) from ron_session where booking_id = :b and status = 'COMPLETED'",
				Map.of("b", bookingId)))
			.isEqualTo(1);
		assertThat(count("select count(*) from partner_webhook where event_id = :e", Map.of("e", "evt_" + bookingId)))
			.isEqualTo(1);
		assertThat(outboxEvents("NotarizationStatusChanged", bookingId, Topics.INTEGRATION))
			.as("the booking hears the completion once")
			.isEqualTo(1);
	}

	@Test
	void webhookWithABadSignatureIsRefusedAndStoresNothing() {
		String eventId = "evt_" + UUID.randomUUID();
		String body = "{\"id\":\"" + eventId + "\",\"type\":\"ContactUpdate\"}";
		String forged = signed(new WebhookSignature("not-our-secret"), body);

		send("/api/v2/webhooks/ghl", "X-GHL-Signature", forged, body).expectStatus()
			.isUnauthorized()
			.expectBody()
			.jsonPath("$.error.code")
			.isEqualTo("UNAUTHENTICATED");
		web.post()
			.uri("/api/v2/webhooks/proof")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body.getBytes(StandardCharsets.UTF_8))
			.exchange()
			.expectStatus()
			.isUnauthorized();

		assertThat(count("select count(*) from partner_webhook where event_id = :e", Map.of("e", eventId))).isZero();
	}

	@Test
	void signedGoHighLevelEventIsStoredOnce() {
		String eventId = "evt_" + UUID.randomUUID();
		String body = "{\"id\":\"" + eventId + "\",\"type\":\"ContactTagUpdate\",\"contactId\":\"ct_1\"}";
		String signature = signed(GHL, body);

		send("/api/v2/webhooks/ghl", "X-GHL-Signature", signature, body).expectStatus().isOk();
		send("/api/v2/webhooks/ghl", "X-GHL-Signature", signature, body).expectStatus().isOk();

		assertThat(count("select count(*) from partner_webhook where partner = 'GOHIGHLEVEL' and event_id = :e",
				Map.of("e", eventId)))
			.isEqualTo(1);
	}

	@Test
	void aDeliveryOlderThanFiveMinutesOrDatedInTheFutureIsRefusedAndStoresNothing() {
		String eventId = "evt_" + UUID.randomUUID();
		String body = "{\"id\":\"" + eventId + "\",\"type\":\"transaction.completed\"}";
		long now = clock.instant().getEpochSecond();
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);

		send("/api/v2/webhooks/proof", "X-Proof-Signature", PROOF.sign(now - 3600, bytes), now - 3600, body)
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.error.field")
			.isEqualTo("X-Proof-Timestamp");
		send("/api/v2/webhooks/ghl", "X-GHL-Signature", GHL.sign(now + 3600, bytes), now + 3600, body).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.error.field")
			.isEqualTo("X-GHL-Timestamp");
		send("/api/v2/webhooks/ghl", "X-GHL-Signature", GHL.sign(bytes), body).expectStatus().isUnauthorized();

		assertThat(count("select count(*) from partner_webhook where event_id = :e", Map.of("e", eventId))).isZero();
	}

	@Test
	void signedBodyThatIsNotJsonIsABadRequest() {
		String body = "not json at all";

		send("/api/v2/webhooks/ghl", "X-GHL-Signature", signed(GHL, body), body).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.error.code")
			.isEqualTo("MALFORMED_REQUEST");
	}

}
