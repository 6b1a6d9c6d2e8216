package org.bookingfleet.booking.bookings.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.bookingfleet.events.EventEnvelope;
import org.bookingfleet.events.integration.NotarizationStatusChanged;
import org.bookingfleet.events.integration.RonSessionCreated;
import org.bookingfleet.testsupport.FleetIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/**
 * A remote online notarization booking shows where its Proof transaction stands, as the
 * integration service announces it: once per delivery, forward only, and a finished
 * status stays. A booking without one shows none.
 */
@FleetIntegrationTest
@AutoConfigureWebTestClient
class NotarizationStatusIntegrationTest {

	@Autowired
	WebTestClient web;

	@Autowired
	BookingFixtures fixtures;

	@Test
	void theViewShowsTheLatestNotarizationStatusAndAFinishedOneStays() {
		BookingJourney journey = new BookingJourney(web, fixtures);
		String customer = fixtures.customer("ron-" + UUID.randomUUID());
		BookingJourney.Booked booked = journey.confirmed(Duration.ofDays(3), 2_500, 0, customer);
		BookingJourney.Booked other = journey.confirmed(Duration.ofDays(4), 2_500, 0, customer);
		UUID id = booked.id();
		String transaction = "ot_" + id;
		assertThat(journey.read(booked).has("notarization")).as("no Proof transaction yet").isFalse();

		fixtures.publish(new RonSessionCreated(id, transaction, "https://proof.example/sign"), id);
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(notarization(booked).get("status").stringValue()).isEqualTo("CREATED"));

		Instant started = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		EventEnvelope inProgress = fixtures
			.publish(new NotarizationStatusChanged(id, transaction, "IN_PROGRESS", started), id);
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(fixtures.consumed(inProgress.id())).isTrue());
		Instant completedAt = started.plusSeconds(600);
		EventEnvelope completed = fixtures
			.publish(new NotarizationStatusChanged(id, transaction, "COMPLETED", completedAt), id);
		fixtures.redeliver(completed);
		fixtures.redeliver(inProgress);
		EventEnvelope late = fixtures
			.publish(new NotarizationStatusChanged(id, transaction, "CANCELLED", completedAt.plusSeconds(60)), id);

		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(fixtures.consumed(late.id())).isTrue());
		JsonNode shown = notarization(booked);
		assertThat(shown.get("status").stringValue()).isEqualTo("COMPLETED");
		assertThat(Instant.parse(shown.get("updatedAt").stringValue())).isEqualTo(completedAt);
		assertThat(fixtures.count("select count(*) from booking_notarization where booking_id = :id", id)).isEqualTo(1);

		JsonNode listed = web.get()
			.uri("/api/v2/bookings")
			.header(HttpHeaders.AUTHORIZATION, customer)
			.exchange()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		for (JsonNode booking : listed.get("bookings")) {
			if (booking.get("id").stringValue().equals(id.toString())) {
				assertThat(booking.get("notarization").get("status").stringValue()).isEqualTo("COMPLETED");
			}
			else {
				assertThat(booking.get("id").stringValue()).isEqualTo(other.id().toString());
				assertThat(booking.has("notarization")).isFalse();
			}
		}
	}

	private JsonNode notarization(BookingJourney.Booked booked) {
		JsonNode view = new BookingJourney(web, fixtures).read(booked);
		assertThat(view.has("notarization")).isTrue();
		return view.get("notarization");
	}

}
