package org.bookingfleet.booking.bookings.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.bookingfleet.booking.bookings.Booking;
import org.bookingfleet.events.payment.PaymentSucceeded;
import org.bookingfleet.testsupport.FleetIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.client.WebClient;
import tools.jackson.databind.JsonNode;

@FleetIntegrationTest
@AutoConfigureWebTestClient
class ProviderIntegrationTest {

	@Autowired
	WebTestClient web;

	@Autowired
	BookingFixtures fixtures;

	@LocalServerPort
	int port;

	private BookingJourney journey;

	@BeforeEach
	void setUp() {
		journey = new BookingJourney(web, fixtures);
	}

	private WebTestClient.ResponseSpec transition(BookingJourney.Booked booked, String authorization, String status) {
		return web.post()
			.uri("/api/v2/bookings/{id}/transitions", booked.id())
			.header(HttpHeaders.AUTHORIZATION, authorization)
			.bodyValue(Map.of("status", status, "reason", "provider decision"))
			.exchange();
	}

	@Test
	void providerWhoRequiresApprovalApprovesBeforeTheCustomerPays() {
		long provider = fixtures.provider();
		journey.setTerms(provider, true, false);
		BookingJourney.Booked booked = journey.request(provider, Duration.ofDays(3), 7_500, 2_500, null);

		journey.reserve(booked);
		await().atMost(Duration.ofSeconds(30))
			.until(() -> fixtures.count("select count(*) from booking where id = :id and slot_reserved",
					booked.id()) == 1);
		assertThat(journey.read(booked).get("status").stringValue()).isEqualTo("PENDING");

		transition(booked, fixtures.provider(provider + 1), "CONFIRMED").expectStatus().isNotFound();
		transition(booked, fixtures.provider(provider), "CONFIRMED").expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("AWAITING_PAYMENT");
	}

	@Test
	void customerCannotMarkItsOwnBookingCompleted() {
		String customer = fixtures.customer("frank");
		BookingJourney.Booked booked = journey.confirmed(Duration.ofDays(3), 7_500, 0, customer);

		transition(booked, customer, "COMPLETED").expectStatus().isForbidden();
	}

	@Test
	void providerCompletesAStartedBookingAndItCountsAsRevenue() {
		long provider = fixtures.provider();
		BookingJourney.Booked booked = journey.request(provider, Duration.ofDays(3), 7_500, 0, null);
		journey.reserve(booked);
		journey.awaitStatus(booked, "AWAITING_PAYMENT");
		fixtures.publish(new PaymentSucceeded(UUID.randomUUID(), booked.id(), "pi_x", 7_500, "USD"), booked.id());
		journey.awaitStatus(booked, "CONFIRMED");
		transition(booked, fixtures.provider(provider), "COMPLETED").expectStatus().isEqualTo(422);

		fixtures
			.execute("update booking set starts_at = now() - interval '2 hours', ends_at = now() - interval '1 hour'"
					+ " where id = :id", booked.id());
		transition(booked, fixtures.provider(provider), "COMPLETED").expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("COMPLETED");

		JsonNode analytics = web.get()
			.uri(uri -> uri.path("/api/v2/bookings/analytics")
				.queryParam("providerId", provider)
				.queryParam("from", Instant.now().minus(Duration.ofDays(1)))
				.queryParam("to", Instant.now().plus(Duration.ofDays(1)))
				.build())
			.header(HttpHeaders.AUTHORIZATION, fixtures.admin())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		assertThat(analytics.get("totalsByStatus").get("COMPLETED").longValue()).isEqualTo(1);
		assertThat(analytics.get("revenueCentsByCurrency").get("USD").longValue()).isEqualTo(7_500);
		assertThat(fixtures.outboxTypes(booked.id())).endsWith("BookingCompleted");
	}

	@Test
	void providerCannotReadAnotherProvidersAnalytics() {
		long provider = fixtures.provider();
		web.get()
			.uri(uri -> uri.path("/api/v2/bookings/analytics")
				.queryParam("providerId", provider + 1)
				.queryParam("from", "2026-01-01T00:00:00Z")
				.queryParam("to", "2027-01-01T00:00:00Z")
				.build())
			.header(HttpHeaders.AUTHORIZATION, fixtures.provider(provider))
			.exchange()
			.expectStatus()
			.isForbidden();
	}

	@Test
	void statusChangesStreamToTheOwner() {
		BookingJourney.Booked booked = journey.request(Duration.ofDays(3), 7_500, 0, null);
		List<ServerSentEvent<JsonNode>> seen = new CopyOnWriteArrayList<>();
		var subscription = WebClient.builder()
			.baseUrl("http://localhost:" + port)
			.build()
			.get()
			.uri("/api/v2/bookings/{id}/events", booked.id())
			.header("X-Booking-Token", booked.accessToken())
			.accept(MediaType.TEXT_EVENT_STREAM)
			.retrieve()
			.bodyToFlux(new ParameterizedTypeReference<ServerSentEvent<JsonNode>>() {
			})
			.subscribe(seen::add);
		try {
			await().atMost(Duration.ofSeconds(10)).until(() -> !seen.isEmpty());
			journey.reserve(booked);
			await().atMost(Duration.ofSeconds(30))
				.untilAsserted(() -> assertThat(seen).extracting(e -> e.data().get("status").stringValue())
					.containsSubsequence("PENDING", "AWAITING_PAYMENT"));
		}
		finally {
			subscription.dispose();
		}
	}

}
