package org.bookingfleet.booking.bookings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bookingfleet.events.availability.SlotRejected;
import org.bookingfleet.events.availability.SlotReserved;
import org.bookingfleet.testsupport.FleetIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

@FleetIntegrationTest
@AutoConfigureWebTestClient
class SeriesIntegrationTest {

    @Autowired
    WebTestClient web;

    @Autowired
    BookingFixtures fixtures;

    record Created(String token, UUID seriesId, List<UUID> occurrences, BookingFixtures.Slot first) {
    }

    private Created weekly(int count, String onConflict) {
        BookingFixtures.Slot slot = fixtures.hold(fixtures.service(1), fixtures.provider(), Instant.now().plus(Duration.ofDays(2)), 1);
        Map<String, Object> body = new HashMap<>(fixtures.request(slot, fixtures.quote(slot, 7_500, 0)));
        body.put("recurrence", Map.of("frequency", "WEEKLY", "count", count, "onConflict", onConflict));
        JsonNode created = web.post().uri("/api/v2/bookings").header("Idempotency-Key", UUID.randomUUID().toString())
                .bodyValue(body).exchange().expectStatus().isAccepted()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        String token = created.get("accessToken").stringValue();
        UUID seriesId = UUID.fromString(created.get("seriesId").stringValue());
        List<UUID> ids = series(seriesId, token).get("occurrences").valueStream()
                .map(o -> UUID.fromString(o.get("id").stringValue())).toList();
        return new Created(token, seriesId, ids, slot);
    }

    private JsonNode series(UUID seriesId, String token) {
        return web.get().uri("/api/v2/bookings/series/{id}", seriesId).header("X-Booking-Token", token)
                .exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private List<String> statuses(Created created) {
        return series(created.seriesId(), created.token()).get("occurrences").valueStream()
                .map(o -> o.get("status").stringValue()).toList();
    }

    private void reserve(Created created, int index) {
        UUID id = created.occurrences().get(index);
        BookingFixtures.Slot first = created.first();
        Instant start = first.start().plus(Duration.ofDays(7L * index));
        fixtures.publish(new SlotReserved(id, fixtures.holdOf(id), UUID.randomUUID(), first.providerId(), first.serviceId(), start,
                start.plus(Duration.ofHours(1)), 1), id);
    }

    private void reject(Created created, int index) {
        UUID id = created.occurrences().get(index);
        fixtures.publish(new SlotRejected(id, fixtures.holdOf(id), created.first().providerId(), "SLOT_TAKEN"), id);
    }

    @Test
    void skipBooksTheFreeOccurrencesAndReportsTheTakenOne() {
        Created created = weekly(3, "SKIP");
        assertThat(created.occurrences()).hasSize(3);

        reserve(created, 0);
        reject(created, 1);
        reserve(created, 2);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(statuses(created)).containsExactly("AWAITING_PAYMENT", "REJECTED", "AWAITING_PAYMENT"));
        JsonNode view = series(created.seriesId(), created.token());
        assertThat(view.get("conflicts").valueStream().map(c -> c.get("index").intValue())).containsExactly(1);
    }

    @Test
    void failCancelsTheWholeSeriesWhenOneOccurrenceIsTaken() {
        Created created = weekly(3, "FAIL");

        reserve(created, 0);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(statuses(created).get(0)).isEqualTo("AWAITING_PAYMENT"));
        reject(created, 1);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(statuses(created)).containsExactly("CANCELLED", "REJECTED", "CANCELLED"));
        assertThat(fixtures.outboxTypes(created.occurrences().get(0))).endsWith("BookingCancelled");
    }

    @Test
    void cancellingFromOneOccurrenceOnCancelsTheLaterOnesOnly() {
        Created created = weekly(3, "SKIP");
        reserve(created, 0);
        reserve(created, 1);
        reserve(created, 2);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(statuses(created)).containsOnly("AWAITING_PAYMENT"));

        web.delete().uri("/api/v2/bookings/{id}?scope=FUTURE", created.occurrences().get(1))
                .header("X-Booking-Token", created.token()).exchange().expectStatus().isOk();

        assertThat(statuses(created)).containsExactly("AWAITING_PAYMENT", "CANCELLED", "CANCELLED");
    }
}
