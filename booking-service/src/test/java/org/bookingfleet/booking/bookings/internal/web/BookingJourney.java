package org.bookingfleet.booking.bookings.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.bookingfleet.booking.bookings.Booking;
import org.bookingfleet.events.availability.SlotReserved;
import org.bookingfleet.events.payment.PaymentSucceeded;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/**
 * Takes a booking through the saga the way the availability and payment services would.
 */
public final class BookingJourney {

	private final WebTestClient web;

	private final BookingFixtures fixtures;

	public BookingJourney(WebTestClient web, BookingFixtures fixtures) {
		this.web = web;
		this.fixtures = fixtures;
	}

	public record Booked(UUID id, String accessToken, BookingFixtures.Slot slot) {
	}

	public Booked request(Duration ahead, long total, long deposit, String authorization) {
		return request(fixtures.provider(), ahead, total, deposit, authorization);
	}

	Booked request(long providerId, Duration ahead, long total, long deposit, String authorization) {
		BookingFixtures.Slot slot = fixtures.hold(fixtures.service(1), providerId, Instant.now().plus(ahead), 1);
		WebTestClient.RequestBodySpec post = web.post()
			.uri("/api/v2/bookings")
			.header("Idempotency-Key", UUID.randomUUID().toString());
		if (authorization != null) {
			post = post.header(HttpHeaders.AUTHORIZATION, authorization);
		}
		JsonNode created = post.bodyValue(fixtures.request(slot, fixtures.quote(slot, total, deposit)))
			.exchange()
			.expectStatus()
			.isAccepted()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		return new Booked(UUID.fromString(created.get("id").stringValue()), created.get("accessToken").stringValue(),
				slot);
	}

	Booked confirmed(Duration ahead, long total, long deposit, String authorization) {
		Booked booked = request(ahead, total, deposit, authorization);
		reserve(booked);
		awaitStatus(booked, "AWAITING_PAYMENT");
		fixtures.publish(new PaymentSucceeded(UUID.randomUUID(), booked.id(), "pi_" + booked.id(), total, "USD"),
				booked.id());
		awaitStatus(booked, "CONFIRMED");
		return booked;
	}

	/** The provider's terms, set through the API by the provider. */
	void setTerms(long providerId, boolean approvalRequired, boolean payAtAppointment) {
		web.put()
			.uri("/api/v2/bookings/terms/{id}", providerId)
			.header(HttpHeaders.AUTHORIZATION, fixtures.provider(providerId))
			.bodyValue(Map.of("approvalRequired", approvalRequired, "payAtAppointment", payAtAppointment))
			.exchange()
			.expectStatus()
			.isOk();
	}

	public void reserve(Booked booked) {
		BookingFixtures.Slot slot = booked.slot();
		fixtures.publish(new SlotReserved(booked.id(), slot.holdId(), UUID.randomUUID(), slot.providerId(),
				slot.serviceId(), slot.start(), slot.end(), slot.seats()), booked.id());
	}

	JsonNode read(Booked booked) {
		return web.get()
			.uri("/api/v2/bookings/{id}", booked.id())
			.header("X-Booking-Token", booked.accessToken())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
	}

	public void awaitStatus(Booked booked, String status) {
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(read(booked).get("status").stringValue()).isEqualTo(status));
	}

}
