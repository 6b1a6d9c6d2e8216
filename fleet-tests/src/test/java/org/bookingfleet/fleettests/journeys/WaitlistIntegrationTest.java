package org.bookingfleet.fleettests.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.bookingfleet.fleettests.api.Storefront.RON;
import static org.bookingfleet.fleettests.api.Storefront.RON_ZONE;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;

import org.bookingfleet.fleettests.api.Answer;
import org.bookingfleet.fleettests.api.Caller;
import org.bookingfleet.fleettests.api.Gateway;
import org.bookingfleet.fleettests.api.Storefront;
import org.bookingfleet.fleettests.api.Storefront.Booked;
import org.bookingfleet.fleettests.api.WaitingLine;
import org.bookingfleet.fleettests.api.WaitingLine.Place;
import org.bookingfleet.fleettests.fleet.WithFleet;
import org.bookingfleet.fleettests.invariants.FleetInvariants;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A released slot is held for the first in line, who hears of it in their language on
 * their channel and books it with the offer as the hold; nobody else can hold it
 * meanwhile. An offer let lapse passes to the next in line. The fleet runs with a short
 * offer window (see the fleet's extension), so a lapse takes about a minute.
 */
@WithFleet
class WaitlistIntegrationTest {

	private static final Duration OFFER_PASSES_ON = Duration.ofMinutes(3);

	@Test
	void theFirstInLineIsOfferedTheFreedSlotHeldForThemAndBooksItWithTheOffer() {
		long provider = Storefront.openProvider(RON, RON_ZONE);
		Storefront.payAtAppointment(provider);
		Instant start = Storefront.localTime(RON_ZONE, 8, LocalTime.of(10, 0));
		Booked taken = Storefront.bookConfirmed(RON, provider, start, Storefront.newEmail("first"));
		Place waiting = WaitingLine.join(RON, provider, start, "Rocío Espera", "es-AR", "SMS");

		Answer cancelled = Gateway.delete("/api/v2/bookings/" + taken.id(), taken.guest());
		assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);

		JsonNode offer = WaitingLine.awaitOffer(waiting, start, Duration.ofSeconds(30));
		String offerId = offer.path("id").asString();
		assertThat(offer.path("holdId").asString()).isEqualTo(offerId);
		assertThat(Instant.parse(offer.path("expiresAt").asString())).isAfter(Instant.now());

		String text = TextMessages.awaitOne(waiting.phone(), "/?offer=" + offerId, Duration.ofSeconds(60));
		assertThat(text).as("the offer in Spanish").contains("Se liberó un lugar").contains("Reservalo");

		Answer shown = Gateway.get("/api/v2/waitlist/offers/" + offerId, Caller.ANONYMOUS);
		assertThat(shown.status()).as(shown.toString()).isEqualTo(200);
		assertThat(shown.field("holdId")).isEqualTo(offerId);
		assertThat(Instant.parse(shown.field("start"))).isEqualTo(start);
		assertThat(shown.field("status")).isEqualTo("OPEN");

		WaitingLine.awaitHeldForTheOffer(RON, provider, start);
		Answer someoneElse = Storefront.hold(RON, provider, start, 1);
		assertThat(someoneElse.status()).as(someoneElse.toString()).isEqualTo(409);
		assertThat(someoneElse.errorCode()).as(someoneElse.toString()).isEqualTo("SLOT_TAKEN");

		Booked booked = WaitingLine.bookOffer(RON, waiting, offerId, start);
		Storefront.awaitStatus(booked.id(), booked.guest(), "CONFIRMED");
		await("the offer booked").atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			JsonNode entry = WaitingLine.entry(waiting);
			assertThat(entry.path("status").asString()).as(entry.toString()).isEqualTo("BOOKED");
			assertThat(entry.path("offers").get(0).path("status").asString()).as(entry.toString()).isEqualTo("BOOKED");
		});
		FleetInvariants.hold();
	}

	@Test
	void anOfferLetLapsePassesTheHeldSlotToTheNextInLine() {
		long provider = Storefront.openProvider(RON, RON_ZONE);
		Storefront.payAtAppointment(provider);
		Instant start = Storefront.localTime(RON_ZONE, 9, LocalTime.of(11, 0));
		Booked taken = Storefront.bookConfirmed(RON, provider, start, Storefront.newEmail("first"));
		Place first = WaitingLine.join(RON, provider, start, "Robin Waits", "en", "SMS");
		Place second = WaitingLine.join(RON, provider, start, "Valentina Sigue", "es-AR", "SMS");

		Answer cancelled = Gateway.delete("/api/v2/bookings/" + taken.id(), taken.guest());
		assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);

		String firstOffer = WaitingLine.awaitOffer(first, start, Duration.ofSeconds(30)).path("id").asString();
		assertThat(WaitingLine.entry(second).path("offer").isMissingNode()).as("one offer of a slot at a time")
			.isTrue();

		JsonNode secondOffer = WaitingLine.awaitOffer(second, start, OFFER_PASSES_ON);
		assertThat(secondOffer.path("id").asString()).isNotEqualTo(firstOffer);
		JsonNode firstEntry = WaitingLine.entry(first);
		assertThat(firstEntry.path("offers").get(0).path("status").asString()).as(firstEntry.toString())
			.isEqualTo("LAPSED");
		assertThat(firstEntry.path("status").asString()).as(firstEntry.toString()).isEqualTo("WAITING");
		TextMessages.awaitOne(second.phone(), "/?offer=" + secondOffer.path("id").asString(), Duration.ofSeconds(60));

		WaitingLine.awaitHeldForTheOffer(RON, provider, start);
		Booked booked = WaitingLine.bookOffer(RON, second, secondOffer.path("id").asString(), start);
		Storefront.awaitStatus(booked.id(), booked.guest(), "CONFIRMED");
		FleetInvariants.hold();
	}

}
