package org.bookingfleet.fleettests.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;

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

/**
 * A waitlist offer's link opens the booking page on the slot held for the offer, and the
 * customer books it there.
 */
@WithFleet
class WaitlistOfferPageIntegrationTest {

	@Test
	void theOfferLinkOpensTheHeldSlotWithItsCountdownAndBooksIt() {
		String service = "hmnp-ron-oath";
		String zone = "America/Chicago";
		long notary = Storefront.openProvider(service, zone);
		Storefront.payAtAppointment(notary);
		Instant start = Storefront.firstSlot(service, notary, zone, 6);
		Booked taken = Storefront.bookConfirmed(service, notary, start, Storefront.newEmail("taken"));
		Place waiting = WaitingLine.join(service, notary, start, "Lucía Fernández", "es-AR", "EMAIL");

		// the browser is up before the slot is offered: the offer's window is short in
		// the fleet under test
		try (Chromium chromium = Chromium.start()) {
			Answer cancelled = Gateway.delete("/api/v2/bookings/" + taken.id(), taken.guest());
			assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
			String offerId = WaitingLine.awaitOffer(waiting, start, Duration.ofSeconds(30)).path("id").asString();
			WaitingLine.awaitHeldForTheOffer(service, notary, start);

			chromium.recording("waitlist-offer-booked", () -> {
				BookingPage page = new BookingPage(chromium).openOffer(offerId);
				chromium.screenshot("waitlist-offer-held");
				assertThat(page.holdShown()).as("the held slot is shown; the page says: %s", page.text("message"))
					.isTrue();
				assertThat(page.text("hold-countdown")).isNotBlank();
				page.details(waiting.name(), waiting.email(), waiting.phone()).book();
				assertThat(page.confirmed())
					.as("the confirmation is shown; the page says: %s", page.text("review-message"))
					.isTrue();
			});

			Answer offer = Gateway.get("/api/v2/waitlist/offers/" + offerId, Caller.ANONYMOUS);
			assertThat(offer.status()).as(offer.toString()).isEqualTo(200);
			await("the offer booked").atMost(Duration.ofSeconds(30))
				.untilAsserted(
						() -> assertThat(WaitingLine.entry(waiting).path("status").asString()).isEqualTo("BOOKED"));
		}
		FleetInvariants.hold();
	}

}
