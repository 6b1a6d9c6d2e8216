package org.bookingfleet.booking.bookings.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bookingfleet.booking.bookings.Booking;
import org.bookingfleet.events.availability.SlotReserved;
import org.bookingfleet.events.booking.BookingFeeCharged;
import org.bookingfleet.events.booking.BookingRescheduled;
import org.bookingfleet.events.payment.PaymentSucceeded;
import org.bookingfleet.testsupport.FleetIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/**
 * A course booked for a party of two: the party grows to three and shrinks to one through
 * a reschedule onto a hold of the new party's seats (here at the same time) with a quote
 * priced for them; renaming the party keeps its size and needs neither.
 */
@FleetIntegrationTest
@AutoConfigureWebTestClient
class PartyChangeIntegrationTest {

	private static final long SEAT_CENTS = 9_900;

	@Autowired
	WebTestClient web;

	@Autowired
	BookingFixtures fixtures;

	private BookingJourney journey;

	@BeforeEach
	void setUp() {
		journey = new BookingJourney(web, fixtures);
	}

	private static List<Map<String, Object>> party(String... names) {
		return java.util.Arrays.stream(names).map(name -> Map.<String, Object>of("name", name)).toList();
	}

	/** Two seats of a course, paid in full. */
	private BookingJourney.Booked paidPartyOfTwo() {
		String course = fixtures.service(12, "COURSE");
		BookingFixtures.Slot slot = fixtures.hold(course, fixtures.provider(), Instant.now().plus(Duration.ofDays(10)),
				2);
		Map<String, Object> body = new HashMap<>(fixtures.request(slot, fixtures.quote(slot, 2 * SEAT_CENTS, 0)));
		body.put("attendees", party("Sam Patel", "Jo Reed"));
		JsonNode created = web.post()
			.uri("/api/v2/bookings")
			.header("Idempotency-Key", UUID.randomUUID().toString())
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isAccepted()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		BookingJourney.Booked booked = new BookingJourney.Booked(UUID.fromString(created.get("id").stringValue()),
				created.get("accessToken").stringValue(), slot);
		journey.reserve(booked);
		journey.awaitStatus(booked, "AWAITING_PAYMENT");
		fixtures.publish(
				new PaymentSucceeded(UUID.randomUUID(), booked.id(), "pi_" + booked.id(), 2 * SEAT_CENTS, "USD"),
				booked.id());
		journey.awaitStatus(booked, "CONFIRMED");
		return booked;
	}

	private WebTestClient.ResponseSpec change(BookingJourney.Booked booked, Map<String, Object> body) {
		return web.put()
			.uri("/api/v2/bookings/{id}", booked.id())
			.header("X-Booking-Token", booked.accessToken())
			.bodyValue(body)
			.exchange();
	}

	/**
	 * The body of a move onto {@code slot} with a quote for {@code attendees.size()} at
	 * {@code totalCents}.
	 */
	private Map<String, Object> moveWithParty(BookingFixtures.Slot slot, long totalCents,
			List<Map<String, Object>> attendees) {
		Map<String, Object> body = new HashMap<>(fixtures.move(slot, fixtures.quote(slot, totalCents, 0)));
		body.put("attendees", attendees);
		return body;
	}

	private void slotBooked(BookingJourney.Booked booked, BookingFixtures.Slot slot) {
		fixtures.publish(new SlotReserved(booked.id(), slot.holdId(), UUID.randomUUID(), slot.providerId(),
				slot.serviceId(), slot.start(), slot.end(), slot.seats()), booked.id());
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(journey.read(booked).get("pendingHoldId")).isNull());
	}

	private BookingFixtures.Slot sameTime(BookingJourney.Booked booked, int seats) {
		return fixtures.hold(booked.slot().serviceId(), booked.slot().providerId(), booked.slot().start(), seats);
	}

	@Test
	void aLargerPartyIsHeldAndPricedForItsSeatsAndAsksForTheDifference() {
		BookingJourney.Booked booked = paidPartyOfTwo();

		change(booked, Map.of("attendees", party("Sam Patel", "Jo Reed", "Kim Lee"))).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.error.field")
			.isEqualTo("holdId");
		BookingFixtures.Slot three = sameTime(booked, 3);
		BookingFixtures.Slot quotedForTwo = new BookingFixtures.Slot(three.serviceId(), three.providerId(),
				three.holdId(), three.start(), three.end(), 2, three.holdToken());
		Map<String, Object> twoQuoted = new HashMap<>(
				fixtures.move(three, fixtures.quote(quotedForTwo, 2 * SEAT_CENTS, 0)));
		twoQuoted.put("attendees", party("Sam Patel", "Jo Reed", "Kim Lee"));
		change(booked, twoQuoted).expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.error.code")
			.isEqualTo("QUOTE_INVALID")
			.jsonPath("$.error.field")
			.isEqualTo("attendees");
		change(booked, moveWithParty(sameTime(booked, 2), 3 * SEAT_CENTS, party("Sam Patel", "Jo Reed", "Kim Lee")))
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.error.field")
			.isEqualTo("holdId");
		JsonNode unchanged = journey.read(booked);
		assertThat(unchanged.get("seats").intValue()).isEqualTo(2);
		assertThat(unchanged.get("pendingHoldId")).isNull();

		change(booked, moveWithParty(three, 3 * SEAT_CENTS, party("Sam Patel", "Jo Reed", "Kim Lee"))).expectStatus()
			.isAccepted()
			.expectBody()
			.jsonPath("$.pendingHoldId")
			.isEqualTo(three.holdId().toString())
			.jsonPath("$.seats")
			.isEqualTo(2);
		assertThat(fixtures.lastEvent(booked.id(), BookingRescheduled.class).seats()).isEqualTo(3);

		slotBooked(booked, three);

		JsonNode grown = journey.read(booked);
		assertThat(grown.get("seats").intValue()).isEqualTo(3);
		assertThat(grown.get("attendees").get(2).get("name").stringValue()).isEqualTo("Kim Lee");
		assertThat(grown.get("pricing").get("finalPriceCents").longValue()).isEqualTo(3 * SEAT_CENTS);
		assertThat(grown.get("paidCents").longValue()).isEqualTo(2 * SEAT_CENTS);
		assertThat(grown.get("balanceDueCents").longValue()).isEqualTo(SEAT_CENTS);
		assertThat(fixtures.count(
				"select count(*) from booking_audit where booking_id = :id and action = 'SWAP_SLOT'"
						+ " and changes like '%\"seats\":{\"from\":2,\"to\":3}%' and changes like '%Kim Lee%'",
				booked.id()))
			.isEqualTo(1);
	}

	@Test
	void aSmallerPartyGivesBackWhatWasPaidForTheSeatsItLeaves() {
		BookingJourney.Booked booked = paidPartyOfTwo();

		BookingFixtures.Slot one = sameTime(booked, 1);
		change(booked, moveWithParty(one, SEAT_CENTS, party("Sam Patel"))).expectStatus().isAccepted();
		slotBooked(booked, one);

		JsonNode shrunk = journey.read(booked);
		assertThat(shrunk.get("seats").intValue()).isEqualTo(1);
		assertThat(shrunk.get("attendees").size()).isEqualTo(1);
		assertThat(shrunk.get("paidCents").longValue()).isEqualTo(SEAT_CENTS);
		assertThat(shrunk.get("balanceDueCents").longValue()).isZero();
		assertThat(fixtures.lastEvent(booked.id(), BookingFeeCharged.class).refundCents()).isEqualTo(SEAT_CENTS);
	}

	@Test
	void renamingThePartyKeepsItsSeatsAndItsPrice() {
		BookingJourney.Booked booked = paidPartyOfTwo();

		change(booked, Map.of("attendees", List.of(Map.of("name", "x")))).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.error.field")
			.isEqualTo("attendees[0].name");
		change(booked, Map.of("attendees", party("Sam Patel", "Alex Moreno"))).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.seats")
			.isEqualTo(2)
			.jsonPath("$.attendees[1].name")
			.isEqualTo("Alex Moreno");

		JsonNode renamed = journey.read(booked);
		assertThat(renamed.get("pricing").get("finalPriceCents").longValue()).isEqualTo(2 * SEAT_CENTS);
		assertThat(renamed.get("balanceDueCents").longValue()).isZero();
		assertThat(
				fixtures.count("select count(*) from booking_audit where booking_id = :id and action = 'UPDATE_DETAILS'"
						+ " and changes like '%Alex Moreno%'", booked.id()))
			.isEqualTo(1);
	}

}
