package org.bookingfleet.booking.bookings.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.bookingfleet.booking.bookings.Booking;
import org.bookingfleet.platform.tokens.LinkKeys;
import org.bookingfleet.platform.tokens.LinkPurpose;
import org.bookingfleet.platform.tokens.LinkTokens;
import org.bookingfleet.testsupport.FleetIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/**
 * Every endpoint that takes a booking id, tried with credentials that belong to someone
 * else.
 */
@FleetIntegrationTest
@AutoConfigureWebTestClient
class BookingAccessIntegrationTest {

	@Autowired
	WebTestClient web;

	@Autowired
	BookingFixtures fixtures;

	@Autowired
	Environment environment;

	private BookingJourney journey;

	@BeforeEach
	void setUp() {
		journey = new BookingJourney(web, fixtures);
	}

	private List<Function<WebTestClient, WebTestClient.RequestHeadersSpec<?>>> everyEndpoint(UUID id,
			BookingFixtures.Slot newHold) {
		return List.of(client -> client.get().uri("/api/v2/bookings/{id}", id),
				client -> client.put()
					.uri("/api/v2/bookings/{id}", id)
					.bodyValue(fixtures.move(newHold, fixtures.quote(newHold, 7_500, 0))),
				client -> client.put()
					.uri("/api/v2/bookings/{id}", id)
					.bodyValue(Map.of("customerName", "Mallory Evil")),
				client -> client.delete().uri("/api/v2/bookings/{id}", id),
				client -> client.post()
					.uri("/api/v2/bookings/{id}/transitions", id)
					.bodyValue(Map.of("status", "CONFIRMED", "reason", "looks fine")));
	}

	private void assertUntouchable(BookingJourney.Booked booked, String header, String value) {
		JsonNode before = journey.read(booked);
		BookingFixtures.Slot other = fixtures.hold(booked.slot().serviceId(), booked.slot().providerId(),
				booked.slot().start().plus(Duration.ofHours(2)), 1);
		for (var endpoint : everyEndpoint(booked.id(), other)) {
			endpoint.apply(web.mutate().defaultHeader(header, value).build())
				.exchange()
				.expectStatus()
				.isNotFound()
				.expectBody()
				.jsonPath("$.error.code")
				.isEqualTo("NOT_FOUND");
		}
		web.get()
			.uri("/api/v2/bookings/{id}/events", booked.id())
			.header(header, value)
			.exchange()
			.expectStatus()
			.isNotFound();
		web.get()
			.uri("/api/v2/bookings/{id}/audit", booked.id())
			.header(header, value)
			.exchange()
			.expectStatus()
			.isForbidden();
		JsonNode after = journey.read(booked);
		assertThat(after.get("status")).isEqualTo(before.get("status"));
		assertThat(after.get("updatedAt")).isEqualTo(before.get("updatedAt"));
		assertThat(fixtures.count("select count(*) from booking_audit where booking_id = :id", booked.id()))
			.isEqualTo(3);
	}

	@Test
	void anotherCustomersJwtNeitherReadsNorChangesTheBooking() {
		BookingJourney.Booked alices = journey.confirmed(Duration.ofDays(3), 7_500, 0,
				fixtures.customer("alice-" + UUID.randomUUID()));

		assertUntouchable(alices, HttpHeaders.AUTHORIZATION, fixtures.customer("bob-" + UUID.randomUUID()));
	}

	@Test
	void anotherBookingsAccessTokenNeitherReadsNorChangesTheBooking() {
		BookingJourney.Booked guests = journey.confirmed(Duration.ofDays(3), 7_500, 0, null);
		BookingJourney.Booked someoneElses = journey.request(Duration.ofDays(4), 7_500, 0, null);

		assertUntouchable(guests, "X-Booking-Token", someoneElses.accessToken());
	}

	@Test
	void aManageLinkOfAnotherBookingAnExpiredOneOrAnInvoiceLinkNeitherReadsNorChangesTheBooking() {
		BookingJourney.Booked guests = journey.confirmed(Duration.ofDays(3), 7_500, 0, null);
		BookingJourney.Booked someoneElses = journey.request(Duration.ofDays(4), 7_500, 0, null);
		LinkTokens links = LinkKeys.from(environment);
		Instant later = Instant.now().plus(Duration.ofDays(30));

		assertUntouchable(guests, "X-Booking-Token",
				links.mint(LinkPurpose.MANAGE, someoneElses.id().toString(), later));
		assertUntouchable(guests, "X-Booking-Token",
				links.mint(LinkPurpose.MANAGE, guests.id().toString(), Instant.now().minusSeconds(1)));
		assertUntouchable(guests, "X-Booking-Token", links.mint(LinkPurpose.INVOICE, guests.id().toString(), later));
		web.get()
			.uri("/api/v2/bookings/{id}?link={link}", guests.id(),
					links.mint(LinkPurpose.MANAGE, someoneElses.id().toString(), later))
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectBody()
			.jsonPath("$.error.code")
			.isEqualTo("NOT_FOUND");
	}

	@Test
	void aGuestFollowingTheManageLinkOfAMessageReadsAndCancelsTheBooking() {
		BookingJourney.Booked guests = journey.confirmed(Duration.ofDays(3), 7_500, 0, null);
		String link = LinkKeys.from(environment)
			.mint(LinkPurpose.MANAGE, guests.id().toString(), Instant.now().plus(Duration.ofDays(30)));

		web.get()
			.uri("/api/v2/bookings/{id}?link={link}", guests.id(), link)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.id")
			.isEqualTo(guests.id().toString());
		web.delete()
			.uri("/api/v2/bookings/{id}?reason=plans changed", guests.id())
			.header("X-Booking-Token", link)
			.exchange()
			.expectStatus()
			.isOk();

		assertThat(journey.read(guests).path("status").asString()).isEqualTo("CANCELLED");
	}

	@Test
	void anotherProviderNeitherReadsNorChangesTheBooking() {
		BookingJourney.Booked booked = journey.confirmed(Duration.ofDays(3), 7_500, 0, null);

		assertUntouchable(booked, HttpHeaders.AUTHORIZATION, fixtures.provider(booked.slot().providerId() + 1_000_000));
	}

	@Test
	void ownerChangesTheContactAndTheChangeIsAudited() {
		String alice = fixtures.customer("alice-" + UUID.randomUUID());
		BookingJourney.Booked booked = journey.confirmed(Duration.ofDays(3), 7_500, 0, alice);

		web.put()
			.uri("/api/v2/bookings/{id}", booked.id())
			.header(HttpHeaders.AUTHORIZATION, alice)
			.bodyValue(Map.of("customerPhone", "+15125550199"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.customerPhone")
			.isEqualTo("+15125550199")
			.jsonPath("$.customerName")
			.isEqualTo("Ana García");
		web.put()
			.uri("/api/v2/bookings/{id}", booked.id())
			.header(HttpHeaders.AUTHORIZATION, alice)
			.bodyValue(Map.of("customerPhone", "not a phone"))
			.exchange()
			.expectStatus()
			.isBadRequest();

		assertThat(
				fixtures.count("select count(*) from booking_audit where booking_id = :id and action = 'UPDATE_DETAILS'"
						+ " and changes like '%+15125550199%'", booked.id()))
			.isEqualTo(1);
	}

	@Test
	void aNumberForTheNameAndAKeyGivenTwiceAreRefusedAndChangeNothing() {
		String alice = fixtures.customer("alice-" + UUID.randomUUID());
		BookingJourney.Booked booked = journey.confirmed(Duration.ofDays(3), 7_500, 0, alice);
		JsonNode before = journey.read(booked);

		web.put()
			.uri("/api/v2/bookings/{id}", booked.id())
			.header(HttpHeaders.AUTHORIZATION, alice)
			.bodyValue(Map.of("customerName", 12345))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.error.code")
			.isEqualTo("VALIDATION_FAILED")
			.jsonPath("$.error.field")
			.isEqualTo("customerName");
		web.put()
			.uri("/api/v2/bookings/{id}", booked.id())
			.header(HttpHeaders.AUTHORIZATION, alice)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"customerName\":\"Ana Garcia\",\"customerName\":\"Mallory Evil\"}")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.error.code")
			.isEqualTo("VALIDATION_FAILED")
			.jsonPath("$.error.field")
			.isEqualTo("customerName");

		JsonNode after = journey.read(booked);
		assertThat(after.get("customerName").stringValue()).isEqualTo("Ana García");
		assertThat(after.get("updatedAt")).isEqualTo(before.get("updatedAt"));
	}

	@Test
	void customersListShowsOnlyTheirOwnBookings() {
		String alice = fixtures.customer("alice-" + UUID.randomUUID());
		String bob = fixtures.customer("bob-" + UUID.randomUUID());
		BookingJourney.Booked alices = journey.request(Duration.ofDays(3), 7_500, 0, alice);
		BookingJourney.Booked bobs = journey.request(Duration.ofDays(3), 7_500, 0, bob);

		JsonNode page = web.get()
			.uri("/api/v2/bookings")
			.header(HttpHeaders.AUTHORIZATION, bob)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();

		List<String> ids = page.get("bookings").valueStream().map(b -> b.get("id").stringValue()).toList();
		assertThat(ids).contains(bobs.id().toString()).doesNotContain(alices.id().toString());
	}

	@Test
	void ownerByTokenAndItsProviderAndAdminsMayReadIt() {
		BookingJourney.Booked booked = journey.request(Duration.ofDays(3), 7_500, 0, null);

		web.get()
			.uri("/api/v2/bookings/{id}", booked.id())
			.header("X-Booking-Token", booked.accessToken())
			.exchange()
			.expectStatus()
			.isOk();
		web.get()
			.uri("/api/v2/bookings/{id}", booked.id())
			.header(HttpHeaders.AUTHORIZATION, fixtures.provider(booked.slot().providerId()))
			.exchange()
			.expectStatus()
			.isOk();
		web.get()
			.uri("/api/v2/bookings/{id}/audit", booked.id())
			.header(HttpHeaders.AUTHORIZATION, fixtures.admin())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.entries[0].action")
			.isEqualTo("CREATE");
	}

}
