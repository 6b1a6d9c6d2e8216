package org.bookingfleet.fleettests.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.bookingfleet.fleettests.api.Storefront.RON;
import static org.bookingfleet.fleettests.api.Storefront.RON_ZONE;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.bookingfleet.fleettests.api.Answer;
import org.bookingfleet.fleettests.api.Storefront;
import org.bookingfleet.fleettests.api.Storefront.Booked;
import org.bookingfleet.fleettests.api.Storefront.Held;
import org.bookingfleet.fleettests.fleet.WithFleet;
import org.bookingfleet.fleettests.invariants.FleetInvariants;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

@WithFleet
class RescheduleRaceIntegrationTest {

	private static final int CUSTOMERS = 20;

	/**
	 * One customer's attempt: the hold of the new slot they asked for and, with it, their
	 * reschedule.
	 */
	private record Attempt(Answer hold, Answer moved) {
	}

	private record Customer(Booked booked, String email, Instant start) {
	}

	/**
	 * Twenty confirmed customers want the same new time: each must hold it first, so one
	 * moves and nobody else.
	 */
	@Test
	void twentyBookingsRacingForOneNewSlotMoveOneAndLeaveTheOthersWhereTheyWere() {
		long provider = Storefront.openProvider(RON, RON_ZONE);
		Storefront.payAtAppointment(provider);
		List<Customer> customers = new ArrayList<>();
		for (int i = 0; i < CUSTOMERS; i++) {
			Instant start = Storefront.localTime(RON_ZONE, 3 + i / 8, LocalTime.of(9 + i % 8, 0));
			String email = Storefront.newEmail("mover" + i);
			customers.add(new Customer(Storefront.bookConfirmed(RON, provider, start, email), email, start));
		}
		Instant wanted = Storefront.localTime(RON_ZONE, 10, LocalTime.of(10, 0));

		List<Attempt> attempts = Race.of(CUSTOMERS, i -> {
			Customer customer = customers.get(i);
			Answer hold = Storefront.hold(RON, provider, wanted, 1);
			if (hold.status() != 201) {
				return new Attempt(hold, null);
			}
			Held held = new Held(hold.field("holdId"), hold.field("holdToken"), wanted,
					Instant.parse(hold.field("end")));
			String quoteToken = Storefront.quote(RON, wanted, 1, customer.email()).path("quoteToken").asString();
			return new Attempt(hold, Storefront.reschedule(customer.booked(), held, quoteToken));
		});

		assertThat(attempts).filteredOn(attempt -> attempt.hold().status() == 201)
			.as("holds of the new slot")
			.hasSize(1);
		assertThat(attempts).filteredOn(attempt -> attempt.hold().status() != 201).allSatisfy(attempt -> {
			assertThat(attempt.hold().status()).as(attempt.hold().toString()).isEqualTo(409);
			assertThat(attempt.hold().errorCode()).as(attempt.hold().toString()).isEqualTo("SLOT_TAKEN");
		});
		int mover = attempts
			.indexOf(attempts.stream().filter(attempt -> attempt.moved() != null).findFirst().orElseThrow());
		Answer moved = attempts.get(mover).moved();
		assertThat(moved.status()).as(moved.toString()).isIn(200, 202);

		await("the mover at the new time").atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			JsonNode booking = Storefront.booking(customers.get(mover).booked().id(),
					customers.get(mover).booked().guest());
			assertThat(booking.path("status").asString()).isEqualTo("CONFIRMED");
			assertThat(Instant.parse(booking.path("scheduledDateTime").asString())).isEqualTo(wanted);
		});
		for (int i = 0; i < CUSTOMERS; i++) {
			if (i != mover) {
				Customer stayer = customers.get(i);
				JsonNode booking = Storefront.booking(stayer.booked().id(), stayer.booked().guest());
				assertThat(booking.path("status").asString()).as(booking.toString()).isEqualTo("CONFIRMED");
				assertThat(Instant.parse(booking.path("scheduledDateTime").asString())).as(booking.toString())
					.isEqualTo(stayer.start());
			}
		}
		FleetInvariants.hold();
	}

}
