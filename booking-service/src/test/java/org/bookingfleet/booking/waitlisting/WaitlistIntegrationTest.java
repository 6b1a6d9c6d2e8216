package org.bookingfleet.booking.waitlisting;

import org.bookingfleet.events.booking.WaitlistOfferMade;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.bookingfleet.booking.bookings.BookingFixtures;
import org.bookingfleet.events.availability.SlotReleased;
import org.bookingfleet.testsupport.FleetIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

@FleetIntegrationTest
@AutoConfigureWebTestClient
class WaitlistIntegrationTest {

    @Autowired
    WebTestClient web;

    @Autowired
    BookingFixtures fixtures;

    @Autowired
    DatabaseClient database;

    record Joined(UUID id, String token) {
    }

    private Joined join(String serviceId, Instant from, Instant to, String name) {
        Map<String, Object> body = new HashMap<>(Map.of("serviceId", serviceId, "from", from.toString(), "to", to.toString(),
                "customerName", name, "customerEmail", "wait@example.com", "customerPhone", "+447700900123"));
        JsonNode joined = web.post().uri("/api/v2/waitlist").bodyValue(body).exchange().expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        return new Joined(UUID.fromString(joined.get("id").stringValue()), joined.get("accessToken").stringValue());
    }

    private JsonNode entry(Joined joined) {
        return web.get().uri("/api/v2/waitlist/{id}", joined.id()).header("X-Booking-Token", joined.token())
                .exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    @Test
    void releasedSlotIsOfferedToTheFirstInLineThenToTheNextWhenTheOfferLapses() {
        String service = fixtures.service(1);
        long provider = fixtures.provider();
        Instant start = Instant.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.HOURS);
        Joined first = join(service, start.minus(Duration.ofHours(4)), start.plus(Duration.ofHours(4)), "First Person");
        Joined second = join(service, start.minus(Duration.ofHours(4)), start.plus(Duration.ofHours(4)), "Second Person");
        UUID booking = UUID.randomUUID();

        fixtures.publish(new SlotReleased(UUID.randomUUID(), booking, provider, service, start, start.plus(Duration.ofHours(1)), 1,
                "BOOKING_CANCELLED"), booking);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(entry(first).get("status").stringValue())
                .isEqualTo("OFFERED"));
        assertThat(entry(second).get("status").stringValue()).isEqualTo("WAITING");

        database.sql("update waitlist_offer set expires_at = now() - interval '1 second' where entry_id = :id")
                .bind("id", first.id()).fetch().rowsUpdated().block();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(entry(second).get("status").stringValue())
                .isEqualTo("OFFERED"));
        JsonNode lapsed = entry(first);
        assertThat(lapsed.get("status").stringValue()).isEqualTo("WAITING");
        assertThat(lapsed.get("offers").get(0).get("status").stringValue()).isEqualTo("LAPSED");
        assertThat(fixtures.outboxTypes(first.id())).containsExactly("WaitlistOfferMade");
        assertThat(fixtures.outboxTypes(second.id())).containsExactly("WaitlistOfferMade");
    }

    @Test
    void waitlistEntryIsPrivateToWhoJoined() {
        Joined mine = join(fixtures.service(1), Instant.now(), Instant.now().plus(Duration.ofDays(1)), "Mine Owner");
        Joined theirs = join(fixtures.service(1), Instant.now(), Instant.now().plus(Duration.ofDays(1)), "Their Owner");

        web.get().uri("/api/v2/waitlist/{id}", mine.id()).header("X-Booking-Token", theirs.token())
                .exchange().expectStatus().isNotFound();
        web.delete().uri("/api/v2/waitlist/{id}", mine.id()).header("X-Booking-Token", theirs.token())
                .exchange().expectStatus().isNotFound();
        assertThat(entry(mine).get("status").stringValue()).isEqualTo("WAITING");
    }
}
