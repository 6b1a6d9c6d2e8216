package org.bookingfleet.fleettests.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.bookingfleet.fleettests.api.Storefront.RON;
import static org.bookingfleet.fleettests.api.Storefront.RON_ZONE;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.bookingfleet.fleettests.api.Answer;
import org.bookingfleet.fleettests.api.Storefront;
import org.bookingfleet.fleettests.api.Storefront.Booked;
import org.bookingfleet.fleettests.api.Storefront.Held;
import org.bookingfleet.fleettests.fleet.WithFleet;
import org.bookingfleet.fleettests.invariants.FleetInvariants;
import org.junit.jupiter.api.Test;

@WithFleet
class RescheduleIntegrationTest {

	@Test
	void aRescheduledBookingMovesToTheNewSlotAndGivesTheOldOneBack() {
		long provider = Storefront.openProvider(RON, RON_ZONE);
		Storefront.payAtAppointment(provider);
		Instant first = Storefront.firstSlot(RON, provider, RON_ZONE, 4);
		String email = Storefront.newEmail("mover");
		Booked booked = Storefront.bookConfirmed(RON, provider, first, email);

		Instant later = Storefront.firstSlot(RON, provider, RON_ZONE, 6);
		Held newHold = Storefront.held(RON, provider, later, 1);
		String quoteToken = Storefront.quote(RON, later, 1, email).path("quoteToken").asString();
		Answer moved = Storefront.reschedule(booked, newHold, quoteToken);
		assertThat(moved.status()).as(moved.toString()).isIn(200, 202);

		await("the booking at its new time").atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			var booking = Storefront.booking(booked.id(), booked.guest());
			assertThat(booking.path("status").asString()).isEqualTo("CONFIRMED");
			assertThat(Instant.parse(booking.path("scheduledDateTime").asString())).isEqualTo(later);
		});
		await("the old slot offered again").atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(Storefront.slots(RON, provider, first, first.plus(1, ChronoUnit.HOURS)))
				.anyMatch(slot -> Instant.parse(slot.path("start").asString()).equals(first)));
		assertThat(Storefront.slots(RON, provider, later, later.plus(1, ChronoUnit.HOURS))).as("the new slot is taken")
			.noneMatch(slot -> Instant.parse(slot.path("start").asString()).equals(later));
		FleetInvariants.hold();
	}

}
