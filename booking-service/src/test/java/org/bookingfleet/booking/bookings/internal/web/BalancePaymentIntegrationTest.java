package org.bookingfleet.booking.bookings.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import org.bookingfleet.events.booking.PaymentNotApplied;
import org.bookingfleet.events.payment.PaymentSucceeded;
import org.bookingfleet.testsupport.FleetIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/**
 * A booking confirmed by its deposit (£63 of £315) takes the balance that the payment
 * service asks for before the day: the booking ends paid in full and stays confirmed; a
 * payment beyond the price goes back.
 */
@FleetIntegrationTest
@AutoConfigureWebTestClient
class BalancePaymentIntegrationTest {

	@Autowired
	WebTestClient web;

	@Autowired
	BookingFixtures fixtures;

	@Test
	void theBalanceAfterThePaidDepositIsTakenAndTheBookingEndsPaidInFull() {
		BookingJourney journey = new BookingJourney(web, fixtures);
		BookingJourney.Booked booked = journey.request(Duration.ofDays(3), 31_500, 6_300, null);
		journey.reserve(booked);
		journey.awaitStatus(booked, "AWAITING_PAYMENT");
		fixtures.publish(
				new PaymentSucceeded(UUID.randomUUID(), booked.id(), "pi_deposit_" + booked.id(), 6_300, "USD"),
				booked.id());
		journey.awaitStatus(booked, "CONFIRMED");
		assertThat(journey.read(booked).get("paidCents").longValue()).isEqualTo(6_300);

		fixtures.publish(
				new PaymentSucceeded(UUID.randomUUID(), booked.id(), "pi_balance_" + booked.id(), 25_200, "USD"),
				booked.id());

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(journey.read(booked).get("paidCents").longValue()).isEqualTo(31_500));
		JsonNode paid = journey.read(booked);
		assertThat(paid.get("status").stringValue()).isEqualTo("CONFIRMED");
		assertThat(paid.get("balanceDueCents").longValue()).isZero();
		assertThat(fixtures.count("select count(*) from booking_payment where booking_id = :id and outcome = 'APPLIED'",
				booked.id()))
			.isEqualTo(2);
		assertThat(fixtures.outboxTypes(booked.id())).doesNotContain("PaymentNotApplied");

		fixtures.publish(new PaymentSucceeded(UUID.randomUUID(), booked.id(), "pi_again_" + booked.id(), 25_200, "USD"),
				booked.id());

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(fixtures.outboxTypes(booked.id())).endsWith("PaymentNotApplied"));
		assertThat(fixtures.lastEvent(booked.id(), PaymentNotApplied.class).amountCents()).isEqualTo(25_200);
		assertThat(journey.read(booked).get("paidCents").longValue()).isEqualTo(31_500);
	}

}
