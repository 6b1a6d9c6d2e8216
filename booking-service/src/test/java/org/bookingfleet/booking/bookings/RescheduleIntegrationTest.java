package org.bookingfleet.booking.bookings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.bookingfleet.events.availability.SlotRejected;
import org.bookingfleet.events.availability.SlotReserved;
import org.bookingfleet.testsupport.FleetIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

@FleetIntegrationTest
@AutoConfigureWebTestClient
class RescheduleIntegrationTest {

    @Autowired
    WebTestClient web;

    @Autowired
    BookingFixtures fixtures;

    private BookingJourney journey;

    @BeforeEach
    void setUp() {
        journey = new BookingJourney(web, fixtures);
    }

    private BookingFixtures.Slot rescheduleToNextDay(BookingJourney.Booked booked) {
        BookingFixtures.Slot next = fixtures.hold(booked.slot().serviceId(), booked.slot().providerId(),
                booked.slot().start().plus(Duration.ofDays(1)), 1);
        web.put().uri("/api/v2/bookings/{id}", booked.id()).header("X-Booking-Token", booked.accessToken())
                .bodyValue(Map.of("holdId", next.holdId().toString()))
                .exchange().expectStatus().isAccepted()
                .expectBody().jsonPath("$.pendingHoldId").isEqualTo(next.holdId().toString());
        return next;
    }

    @Test
    void rescheduleMovesTheBookingOnceTheNewSlotIsBooked() {
        BookingJourney.Booked booked = journey.confirmed(Duration.ofDays(3), 7_500, 0, null);
        BookingFixtures.Slot next = rescheduleToNextDay(booked);

        fixtures.publish(new SlotReserved(booked.id(), next.holdId(), UUID.randomUUID(), next.providerId(), next.serviceId(),
                next.start(), next.end(), 1), booked.id());

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode now = journey.read(booked);
            assertThat(Instant.parse(now.get("scheduledDateTime").stringValue())).isEqualTo(next.start());
            assertThat(now.get("pendingHoldId")).isNull();
        });
        assertThat(journey.read(booked).get("status").stringValue()).isEqualTo("CONFIRMED");
        assertThat(fixtures.outboxTypes(booked.id())).endsWith("BookingRescheduled");
    }

    @Test
    void failedRescheduleKeepsTheOldSlot() {
        BookingJourney.Booked booked = journey.confirmed(Duration.ofDays(3), 7_500, 0, null);
        BookingFixtures.Slot next = rescheduleToNextDay(booked);

        fixtures.publish(new SlotRejected(booked.id(), next.holdId(), next.providerId(), "slot taken"), booked.id());

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(journey.read(booked).get("pendingHoldId")).isNull());
        JsonNode now = journey.read(booked);
        assertThat(Instant.parse(now.get("scheduledDateTime").stringValue())).isEqualTo(booked.slot().start());
        assertThat(now.get("status").stringValue()).isEqualTo("CONFIRMED");
    }

    @Test
    void rescheduleToAnotherProvidersHoldIsRefused() {
        BookingJourney.Booked booked = journey.confirmed(Duration.ofDays(3), 7_500, 0, null);
        BookingFixtures.Slot elsewhere = fixtures.hold(booked.slot().serviceId(), fixtures.provider(),
                booked.slot().start().plus(Duration.ofDays(1)), 1);

        web.put().uri("/api/v2/bookings/{id}", booked.id()).header("X-Booking-Token", booked.accessToken())
                .bodyValue(Map.of("holdId", elsewhere.holdId().toString()))
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.error.field").isEqualTo("holdId");
    }
}
