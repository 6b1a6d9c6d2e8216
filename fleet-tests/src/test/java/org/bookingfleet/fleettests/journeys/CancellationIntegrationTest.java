package org.bookingfleet.fleettests.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.bookingfleet.fleettests.api.Storefront.RON;
import static org.bookingfleet.fleettests.api.Storefront.RON_ZONE;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.bookingfleet.fleettests.api.Answer;
import org.bookingfleet.fleettests.api.Gateway;
import org.bookingfleet.fleettests.api.Storefront;
import org.bookingfleet.fleettests.api.Storefront.Booked;
import org.bookingfleet.fleettests.api.Tokens;
import org.bookingfleet.fleettests.fleet.WithFleet;
import org.bookingfleet.fleettests.invariants.FleetDatabases;
import org.bookingfleet.fleettests.invariants.FleetInvariants;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

@WithFleet
class CancellationIntegrationTest {

	/**
	 * The payment is taken by an admin (as over the phone), so this test shows the refund
	 * whatever the state of guest payments, which {@link PaidBookingIntegrationTest}
	 * covers.
	 */
	@Test
	void aGuestWhoCancelsMoreThanADayAheadGetsEverythingBackAndTheSlotIsFreeAgain() {
		long provider = Storefront.openProvider(RON, RON_ZONE);
		Instant start = Storefront.firstSlot(RON, provider, RON_ZONE, 5);
		Booked booked = Storefront.bookSlot(RON, provider, start, 1, Storefront.newEmail("canceller"));
		long due = Storefront.awaitStatus(booked.id(), booked.guest(), "AWAITING_PAYMENT")
			.path("amountDueCents")
			.asLong();
		JsonNode payment = Storefront.payWithCard(booked.id(), Tokens.admin(), Storefront.SUCCEEDING_CARD);
		Storefront.awaitStatus(booked.id(), booked.guest(), "CONFIRMED");

		Answer cancelled = Gateway.delete("/api/v2/bookings/" + booked.id() + "?reason=plans%20changed",
				booked.guest());
		assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
		assertThat(cancelled.field("status")).isEqualTo("CANCELLED");
		assertThat(cancelled.json().path("refundCents").asLong()).as("the policy's full refund").isEqualTo(due);

		String paymentId = payment.path("paymentId").asString();
		await("the refund at Stripe").atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
			Answer refunded = Gateway.get("/api/v2/payments/" + paymentId, Tokens.admin());
			assertThat(refunded.json().path("refundedCents").asLong()).as(refunded.toString()).isEqualTo(due);
		});
		await("the credit note").atMost(Duration.ofSeconds(30))
			.until(() -> FleetDatabases.count("payment",
					"select count(*) from invoice where booking_id = ?::uuid and kind <> 'INVOICE'", booked.id()) == 1);
		await("the slot offered again").atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(Storefront.slots(RON, provider, start, start.plus(1, ChronoUnit.HOURS)))
				.anyMatch(slot -> slot.path("start").asString().equals(start.toString())));
		Answer again = Gateway.delete("/api/v2/bookings/" + booked.id(), booked.guest());
		assertThat(again.status()).as("a second cancellation " + again).isEqualTo(409);
		assertThat(again.errorCode()).isEqualTo("INVALID_STATE_TRANSITION");
		FleetInvariants.hold();
	}

}
