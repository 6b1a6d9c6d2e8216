package org.bookingfleet.integration.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

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

    private WebTestClient.ResponseSpec send(String path, String header, String signature, String body) {
        return web.post().uri(path).contentType(MediaType.APPLICATION_JSON).header(header, signature)
                .bodyValue(body.getBytes(StandardCharsets.UTF_8)).exchange();
    }

    @Test
    void completedNotarizationClosesTheSessionOnceHoweverOftenItIsSent() {
        UUID bookingId = UUID.randomUUID();
        String transaction = "ot_" + bookingId;
        database.sql("insert into ron_session (booking_id, transaction_id, signer_link, status, created_at) "
                        + "values (:b, :t, 'https://proof.example/sign', 'CREATED', :now)")
                .bind("b", bookingId).bind("t", transaction).bind("now", Instant.now()).then().block();
        String body = "{\"id\":\"evt_" + bookingId + "\",\"type\":\"transaction.completed\","
                + "\"data\":{\"transaction_id\":\"" + transaction + "\"}}";
        String signature = PROOF.sign(body.getBytes(StandardCharsets.UTF_8));

        send("/api/v2/webhooks/proof", "X-Proof-Signature", signature, body)
                .expectStatus().isOk().expectBody().jsonPath("$.duplicate").isEqualTo(false);
        send("/api/v2/webhooks/proof", "X-Proof-Signature", "sha256=" + signature, body)
                .expectStatus().isOk().expectBody().jsonPath("$.duplicate").isEqualTo(true);

        assertThat(count("select count(*) from ron_session where booking_id = :b and status = 'COMPLETED'",
                Map.of("b", bookingId))).isEqualTo(1);
        assertThat(count("select count(*) from partner_webhook where event_id = :e",
                Map.of("e", "evt_" + bookingId))).isEqualTo(1);
    }

    @Test
    void webhookWithABadSignatureIsRefusedAndStoresNothing() {
        String eventId = "evt_" + UUID.randomUUID();
        String body = "{\"id\":\"" + eventId + "\",\"type\":\"ContactUpdate\"}";
        String forged = new WebhookSignature("not-our-secret").sign(body.getBytes(StandardCharsets.UTF_8));

        send("/api/v2/webhooks/ghl", "X-GHL-Signature", forged, body)
                .expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.error.code").isEqualTo("UNAUTHENTICATED");
        web.post().uri("/api/v2/webhooks/proof").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body.getBytes(StandardCharsets.UTF_8)).exchange()
                .expectStatus().isUnauthorized();

        assertThat(count("select count(*) from partner_webhook where event_id = :e", Map.of("e", eventId))).isZero();
    }

    @Test
    void signedGoHighLevelEventIsStoredOnce() {
        String eventId = "evt_" + UUID.randomUUID();
        String body = "{\"id\":\"" + eventId + "\",\"type\":\"ContactTagUpdate\",\"contactId\":\"ct_1\"}";
        String signature = GHL.sign(body.getBytes(StandardCharsets.UTF_8));

        send("/api/v2/webhooks/ghl", "X-GHL-Signature", signature, body).expectStatus().isOk();
        send("/api/v2/webhooks/ghl", "X-GHL-Signature", signature, body).expectStatus().isOk();

        assertThat(count("select count(*) from partner_webhook where partner = 'GOHIGHLEVEL' and event_id = :e",
                Map.of("e", eventId))).isEqualTo(1);
    }

    @Test
    void signedBodyThatIsNotJsonIsABadRequest() {
        String body = "not json at all";

        send("/api/v2/webhooks/ghl", "X-GHL-Signature", GHL.sign(body.getBytes(StandardCharsets.UTF_8)), body)
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.error.code").isEqualTo("MALFORMED_REQUEST");
    }
}
