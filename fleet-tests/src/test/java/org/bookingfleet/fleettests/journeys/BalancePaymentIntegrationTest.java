package org.bookingfleet.fleettests.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.bookingfleet.fleettests.api.Storefront.COURSE;
import static org.bookingfleet.fleettests.api.Storefront.COURSE_ZONE;

import java.time.Duration;
import java.time.Instant;

import org.bookingfleet.fleettests.api.Answer;
import org.bookingfleet.fleettests.api.Gateway;
import org.bookingfleet.fleettests.api.Json;
import org.bookingfleet.fleettests.api.Storefront;
import org.bookingfleet.fleettests.api.Storefront.Booked;
import org.bookingfleet.fleettests.fleet.WithFleet;
import org.bookingfleet.fleettests.invariants.FleetInvariants;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A course booked with a deposit is paid in two steps through the gateway: the deposit,
 * then the balance.
 */
@WithFleet
class BalancePaymentIntegrationTest {

	@Test
	void aGuestPaysTheDepositThenTheBalanceAndTheBookingEndsPaidInFull() {
		long trainer = Storefront.openProvider(COURSE, COURSE_ZONE);
		Instant start = Storefront.firstSlot(COURSE, trainer, COURSE_ZONE, 7);
		Booked booked = Storefront.bookSlot(COURSE, trainer, start, 3, Storefront.newEmail("balance"));
		JsonNode awaiting = Storefront.awaitStatus(booked.id(), booked.guest(), "AWAITING_PAYMENT");
		long price = awaiting.path("pricing").path("finalPriceCents").asLong();
		long deposit = awaiting.path("amountDueCents").asLong();
		assertThat(deposit).as("the course asks a deposit of its price").isPositive().isLessThan(price);

		JsonNode depositPaid = Storefront.payWithCard(booked.id(), booked.guest(), Storefront.SUCCEEDING_CARD);
		assertThat(depositPaid.path("capturedCents").asLong()).isEqualTo(deposit);
		JsonNode confirmed = Storefront.awaitStatus(booked.id(), booked.guest(), "CONFIRMED");
		assertThat(confirmed.path("paidCents").asLong()).isEqualTo(deposit);

		JsonNode balance = Storefront.intent(booked.id(), booked.guest());
		assertThat(balance.path("amountCents").asLong()).as("the balance still owed").isEqualTo(price - deposit);
		assertThat(balance.path("paymentIntentId").asString())
			.isNotEqualTo(depositPaid.path("paymentIntentId").asString());
		assertThat(Storefront.intent(booked.id(), booked.guest()).path("paymentIntentId").asString())
			.as("asking again while it is open gives the same intent")
			.isEqualTo(balance.path("paymentIntentId").asString());

		JsonNode balancePaid = Storefront.payWithCard(booked.id(), booked.guest(), Storefront.SUCCEEDING_CARD);
		assertThat(balancePaid.path("paymentIntentId").asString())
			.isEqualTo(balance.path("paymentIntentId").asString());
		assertThat(balancePaid.path("capturedCents").asLong()).isEqualTo(price - deposit);

		await("the booking paid in full").atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			JsonNode booking = Storefront.booking(booked.id(), booked.guest());
			assertThat(booking.path("paidCents").asLong()).isEqualTo(price);
			assertThat(booking.path("status").asString()).isEqualTo("CONFIRMED");
		});
		Answer again = Gateway.post("/api/v2/payments/intent", booked.guest(),
				Json.object().put("bookingId", booked.id()));
		assertThat(again.status()).as(again.toString()).isEqualTo(409);
		assertThat(again.json().path("error").path("code").asString()).isEqualTo("ALREADY_PAID");
		FleetInvariants.hold();
	}

}
