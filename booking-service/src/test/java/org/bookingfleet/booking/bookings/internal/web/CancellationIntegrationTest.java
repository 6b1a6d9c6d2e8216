package org.bookingfleet.booking.bookings.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.bookingfleet.booking.bookings.Booking;
import org.bookingfleet.platform.web.ClientAddresses;
import org.bookingfleet.testsupport.FleetIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

@FleetIntegrationTest
@AutoConfigureWebTestClient
class CancellationIntegrationTest {

	@Autowired
	WebTestClient web;

	@Autowired
	BookingFixtures fixtures;

	@Autowired
	ClientAddresses clientAddresses;

	private BookingJourney journey;

	@BeforeEach
	void setUp() {
		journey = new BookingJourney(web, fixtures);
	}

	private JsonNode cancel(BookingJourney.Booked booked, String header, String value) {
		return web.delete()
			.uri("/api/v2/bookings/{id}?reason=plans changed", booked.id())
			.header(header, value)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
	}

	@Test
	void refundIsFullWhenCancelledMoreThan24HoursAhead() {
		BookingJourney.Booked booked = journey.confirmed(Duration.ofDays(3), 7_500, 2_500, null);

		JsonNode cancelled = cancel(booked, "X-Booking-Token", booked.accessToken());

		assertThat(cancelled.get("status").stringValue()).isEqualTo("CANCELLED");
		assertThat(cancelled.get("refundCents").longValue()).isEqualTo(7_500);
		assertThat(fixtures.outboxTypes(booked.id())).endsWith("BookingCancelled");
	}

	@Test
	void everyStateChangeHasExactlyOneAuditEntryThatChainsToTheNext() {
		BookingJourney.Booked booked = journey.confirmed(Duration.ofDays(3), 7_500, 2_500, null);
		cancel(booked, "X-Booking-Token", booked.accessToken());

		JsonNode entries = web.get()
			.uri("/api/v2/bookings/{id}/audit", booked.id())
			.header(HttpHeaders.AUTHORIZATION, fixtures.admin())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody()
			.get("entries");

		assertThat(entries.valueStream().map(e -> e.get("action").stringValue())).containsExactly("CREATE",
				"RESERVE_SLOT", "RECORD_PAYMENT", "CANCEL");
		assertThat(entries.valueStream().map(e -> e.get("toStatus").stringValue())).containsExactly("PENDING",
				"AWAITING_PAYMENT", "CONFIRMED", "CANCELLED");
		for (int i = 1; i < entries.size(); i++) {
			assertThat(entries.get(i).get("fromStatus")).isEqualTo(entries.get(i - 1).get("toStatus"));
		}
		assertThat(entries.get(3).get("origin").get("actorType").stringValue()).isEqualTo("GUEST");
		assertThat(entries.get(1).get("origin").get("actorType").stringValue()).isEqualTo("SYSTEM");
	}

	@Test
	void theAuditRecordsTheClientTheGatewaySealedAndNeverADirectCallersForwardedFor() {
		BookingJourney.Booked direct = journey.confirmed(Duration.ofDays(3), 7_500, 2_500, null);
		BookingJourney.Booked throughGateway = journey.confirmed(Duration.ofDays(4), 7_500, 2_500, null);
		HttpHeaders sealed = new HttpHeaders();
		clientAddresses.seal(sealed, "203.0.113.7", "req-audit-ip");

		web.delete()
			.uri("/api/v2/bookings/{id}?reason=plans changed", direct.id())
			.header("X-Booking-Token", direct.accessToken())
			.header("X-Forwarded-For", "6.6.6.6")
			.exchange()
			.expectStatus()
			.isOk();
		web.delete()
			.uri("/api/v2/bookings/{id}?reason=plans changed", throughGateway.id())
			.header("X-Booking-Token", throughGateway.accessToken())
			.header("X-Request-Id", "req-audit-ip")
			.header("X-Forwarded-For", "6.6.6.6")
			.headers(headers -> headers.addAll(sealed))
			.exchange()
			.expectStatus()
			.isOk();

		assertThat(cancellationIp(direct)).isEqualTo("127.0.0.1");
		assertThat(cancellationIp(throughGateway)).isEqualTo("203.0.113.7");
	}

	private String cancellationIp(BookingJourney.Booked booked) {
		JsonNode entries = web.get()
			.uri("/api/v2/bookings/{id}/audit", booked.id())
			.header(HttpHeaders.AUTHORIZATION, fixtures.admin())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody()
			.get("entries");
		return entries.get(entries.size() - 1).get("origin").get("ip").stringValue();
	}

	@Test
	void depositIsKeptWhenTheCustomerCancelsWithinTheLast24Hours() {
		BookingJourney.Booked booked = journey.confirmed(Duration.ofHours(3), 7_500, 2_500, null);

		JsonNode cancelled = cancel(booked, "X-Booking-Token", booked.accessToken());

		assertThat(cancelled.get("refundCents").longValue()).isEqualTo(5_000);
		assertThat(journey.read(booked).get("refundCents").longValue()).isEqualTo(5_000);
	}

	@Test
	void providerCancellingLateRefundsEverything() {
		BookingJourney.Booked booked = journey.confirmed(Duration.ofHours(3), 7_500, 2_500, null);

		JsonNode cancelled = cancel(booked, HttpHeaders.AUTHORIZATION, fixtures.provider(booked.slot().providerId()));

		assertThat(cancelled.get("refundCents").longValue()).isEqualTo(7_500);
	}

	@Test
	void cancelledBookingCannotBeCancelledAgain() {
		BookingJourney.Booked booked = journey.confirmed(Duration.ofDays(3), 7_500, 2_500, null);
		cancel(booked, "X-Booking-Token", booked.accessToken());

		web.delete()
			.uri("/api/v2/bookings/{id}", booked.id())
			.header("X-Booking-Token", booked.accessToken())
			.exchange()
			.expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.error.code")
			.isEqualTo("INVALID_STATE_TRANSITION");
		assertThat(fixtures.outboxTypes(booked.id()).stream().filter("BookingCancelled"::equals)).hasSize(1);
	}

}
