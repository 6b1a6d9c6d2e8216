package org.bookingfleet.fleettests.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.bookingfleet.fleettests.api.Storefront.COURSE;
import static org.bookingfleet.fleettests.api.Storefront.COURSE_ZONE;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.bookingfleet.fleettests.api.Answer;
import org.bookingfleet.fleettests.api.Storefront;
import org.bookingfleet.fleettests.api.Storefront.Booked;
import org.bookingfleet.fleettests.fleet.WithFleet;
import org.bookingfleet.fleettests.invariants.FleetInvariants;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

@WithFleet
class GroupCourseIntegrationTest {

    @Test
    void twoGroupsShareOneCourseSessionUntilItsSeatsRunOut() {
        long trainer = Storefront.openProvider(COURSE, COURSE_ZONE);
        Instant start = Storefront.firstSlot(COURSE, trainer, COURSE_ZONE, 7);
        int capacity = seatsLeft(trainer, start);
        assertThat(capacity).isEqualTo(12);

        Booked office = Storefront.bookSlot(COURSE, trainer, start, 5, Storefront.newEmail("office"));
        JsonNode officeBooking = Storefront.awaitStatus(office.id(), office.guest(), "AWAITING_PAYMENT", "CONFIRMED");
        assertThat(officeBooking.path("seats").asInt()).isEqualTo(5);
        assertThat(officeBooking.path("attendees").size()).isEqualTo(5);
        assertThat(officeBooking.path("pricing").path("finalPriceCents").asLong())
                .as("priced per attendee").isEqualTo(5 * Storefront.quote(COURSE, start, 1).path("finalPriceCents").asLong());

        Booked school = Storefront.bookSlot(COURSE, trainer, start, 6, Storefront.newEmail("school"));
        Storefront.awaitStatus(school.id(), school.guest(), "AWAITING_PAYMENT", "CONFIRMED");
        await("seats counted").atMost(Duration.ofSeconds(20)).until(() -> seatsLeft(trainer, start) == 1);

        Answer tooMany = Storefront.hold(COURSE, trainer, start, 2);
        assertThat(tooMany.status()).as(tooMany.toString()).isEqualTo(409);
        assertThat(tooMany.errorCode()).isEqualTo("SLOT_TAKEN");
        Answer last = Storefront.hold(COURSE, trainer, start, 1);
        assertThat(last.status()).as("the last seat " + last).isEqualTo(201);
        FleetInvariants.hold();
    }

    private static int seatsLeft(long trainer, Instant start) {
        List<JsonNode> slots = Storefront.slots(COURSE, trainer, start, start.plus(12, ChronoUnit.HOURS));
        return slots.stream().filter(slot -> Instant.parse(slot.path("start").asString()).equals(start))
                .findFirst().map(slot -> slot.path("seatsLeft").asInt()).orElse(0);
    }
}
