package org.bookingfleet.fleettests.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bookingfleet.fleettests.api.Storefront.RON;
import static org.bookingfleet.fleettests.api.Storefront.RON_ZONE;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.bookingfleet.fleettests.api.Answer;
import org.bookingfleet.fleettests.api.Caller;
import org.bookingfleet.fleettests.api.Storefront;
import org.bookingfleet.fleettests.api.Storefront.Held;
import org.bookingfleet.fleettests.fleet.WithFleet;
import org.bookingfleet.fleettests.invariants.FleetDatabases;
import org.bookingfleet.fleettests.invariants.FleetInvariants;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

@WithFleet
class OneHoldOneBookingIntegrationTest {

	private static final int CUSTOMERS = 50;

	/**
	 * Everyone who learnt the hold's secret books it at once, each under their own key
	 * and quote: one booking.
	 */
	@Test
	void fiftyCustomersRacingToBookOneHoldMakeOneBooking() {
		long provider = Storefront.openProvider(RON, RON_ZONE);
		Storefront.payAtAppointment(provider);
		Instant start = Storefront.firstSlot(RON, provider, RON_ZONE, 3);
		Held held = Storefront.held(RON, provider, start, 1);
		List<ObjectNode> requests = new ArrayList<>();
		for (int i = 0; i < CUSTOMERS; i++) {
			String email = Storefront.newEmail("racer" + i);
			String quoteToken = Storefront.quote(RON, start, 1, email).path("quoteToken").asString();
			requests.add(Storefront.request(RON, held, quoteToken, email, 1));
		}

		List<Answer> answers = Race.of(CUSTOMERS,
				i -> Storefront.book(requests.get(i), UUID.randomUUID().toString(), Caller.ANONYMOUS));

		List<Answer> booked = answers.stream()
			.filter(answer -> answer.status() == 201 || answer.status() == 202)
			.toList();
		assertThat(booked).as("bookings made of one hold").hasSize(1);
		assertThat(answers).filteredOn(answer -> !booked.contains(answer)).allSatisfy(answer -> {
			assertThat(answer.status()).as(answer.toString()).isEqualTo(409);
			assertThat(answer.errorCode()).as(answer.toString()).isEqualTo("HOLD_ALREADY_USED");
		});
		assertThat(FleetDatabases.count("booking", "select count(*) from booking where hold_id = ?::uuid", held.id()))
			.as("bookings stored on the hold")
			.isEqualTo(1);
		Storefront.awaitStatus(booked.get(0).field("id"), Caller.guest(booked.get(0).field("accessToken")),
				"CONFIRMED");
		FleetInvariants.hold();
	}

}
