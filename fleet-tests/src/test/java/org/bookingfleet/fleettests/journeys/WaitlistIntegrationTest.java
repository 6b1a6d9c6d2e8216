package org.bookingfleet.fleettests.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.bookingfleet.fleettests.api.Storefront.RON;
import static org.bookingfleet.fleettests.api.Storefront.RON_ZONE;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;

import org.bookingfleet.fleettests.api.Answer;
import org.bookingfleet.fleettests.api.Caller;
import org.bookingfleet.fleettests.api.Gateway;
import org.bookingfleet.fleettests.api.Json;
import org.bookingfleet.fleettests.api.Storefront;
import org.bookingfleet.fleettests.api.Storefront.Booked;
import org.bookingfleet.fleettests.fleet.WithFleet;
import org.bookingfleet.fleettests.invariants.FleetInvariants;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

@WithFleet
class WaitlistIntegrationTest {

    @Test
    void whenTheBookedSlotIsCancelledTheFirstInLineIsOfferedIt() {
        long provider = Storefront.openProvider(RON, RON_ZONE);
        Storefront.payAtAppointment(provider);
        Instant start = Storefront.localTime(RON_ZONE, 8, LocalTime.of(10, 0));
        Booked taken = Storefront.bookSlot(RON, provider, start, 1, Storefront.newEmail("first"));
        Storefront.awaitStatus(taken.id(), taken.guest(), "CONFIRMED");

        Answer joined = Gateway.post("/api/v2/waitlist", Caller.ANONYMOUS, Json.object().put("serviceId", RON)
                .put("providerId", provider).put("from", start.toString())
                .put("to", start.plus(Duration.ofMinutes(30)).toString()).put("seats", 1)
                .put("customerName", "Robin Waits").put("customerEmail", Storefront.newEmail("waiting"))
                .put("customerPhone", "+17135550102"));
        assertThat(joined.status()).as(joined.toString()).isEqualTo(201);
        Caller waiting = Caller.guest(joined.field("accessToken"));
        String entry = joined.field("id");

        Answer cancelled = Gateway.delete("/api/v2/bookings/" + taken.id(), taken.guest());
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);

        await("the offer of the freed slot").atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Answer line = Gateway.get("/api/v2/waitlist/" + entry, waiting);
            assertThat(line.status()).as(line.toString()).isEqualTo(200);
            JsonNode offers = line.json().path("offers");
            assertThat(offers.size()).as(line.toString()).isEqualTo(1);
            assertThat(offers.get(0).toString()).contains(start.toString());
        });
        FleetInvariants.hold();
    }
}
