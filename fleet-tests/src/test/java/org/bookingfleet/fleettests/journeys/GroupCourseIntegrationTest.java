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
import org.bookingfleet.fleettests.api.Gateway;
import org.bookingfleet.fleettests.api.Json;
import org.bookingfleet.fleettests.api.Storefront;
import org.bookingfleet.fleettests.api.Storefront.Booked;
import org.bookingfleet.fleettests.fleet.WithFleet;
import org.bookingfleet.fleettests.invariants.FleetInvariants;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

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
		assertThat(officeBooking.path("pricing").path("finalPriceCents").asLong()).as("priced per attendee")
			.isEqualTo(5 * Storefront.quote(COURSE, start, 1).path("finalPriceCents").asLong());

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

	@Test
	void aPartyThatGrowsHoldsItsNewSeatsAtTheSameTimeAndPaysForThem() {
		long trainer = Storefront.openProvider(COURSE, COURSE_ZONE);
		Storefront.payAtAppointment(trainer);
		Instant start = Storefront.firstSlot(COURSE, trainer, COURSE_ZONE, 8);
		String email = Storefront.newEmail("growing");
		Booked booked = Storefront.bookSlot(COURSE, trainer, start, 2, email);
		Storefront.awaitStatus(booked.id(), booked.guest(), "CONFIRMED");
		await("two seats taken").atMost(Duration.ofSeconds(20)).until(() -> seatsLeft(trainer, start) == 10);

		ObjectNode three = Json.object();
		three.putArray("attendees").addObject().put("name", "Attendee 1").put("email", "attendee1-" + email);
		((ArrayNode) three.get("attendees")).addObject().put("name", "Attendee 2");
		((ArrayNode) three.get("attendees")).addObject().put("name", "Ines Duarte");
		Answer unheld = Gateway.put("/api/v2/bookings/" + booked.id(), booked.guest(), three.deepCopy());
		assertThat(unheld.status()).as(unheld.toString()).isEqualTo(400);
		assertThat(unheld.json().path("error").path("field").asString()).isEqualTo("holdId");

		Storefront.Held threeSeats = Storefront.held(COURSE, trainer, start, 3);
		JsonNode quote = Storefront.quote(COURSE, start, 3, email);
		Answer moved = Gateway.put("/api/v2/bookings/" + booked.id(), booked.guest(),
				three.put("holdId", threeSeats.id())
					.put("holdToken", threeSeats.token())
					.put("quoteToken", quote.path("quoteToken").asString()));
		assertThat(moved.status()).as(moved.toString()).isEqualTo(202);

		await("the party of three in its seats").atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			JsonNode now = Storefront.booking(booked.id(), booked.guest());
			assertThat(now.path("pendingHoldId").isMissingNode() || now.path("pendingHoldId").isNull()).isTrue();
			assertThat(now.path("seats").asInt()).isEqualTo(3);
			assertThat(now.path("attendees").get(2).path("name").asString()).isEqualTo("Ines Duarte");
			assertThat(now.path("pricing").path("finalPriceCents").asLong())
				.isEqualTo(quote.path("finalPriceCents").asLong());
		});
		await("the old two seats given back").atMost(Duration.ofSeconds(20))
			.until(() -> seatsLeft(trainer, start) == 9);
		FleetInvariants.hold();
	}

	private static int seatsLeft(long trainer, Instant start) {
		List<JsonNode> slots = Storefront.slots(COURSE, trainer, start, start.plus(12, ChronoUnit.HOURS));
		return slots.stream()
			.filter(slot -> Instant.parse(slot.path("start").asString()).equals(start))
			.findFirst()
			.map(slot -> slot.path("seatsLeft").asInt())
			.orElse(0);
	}

}
