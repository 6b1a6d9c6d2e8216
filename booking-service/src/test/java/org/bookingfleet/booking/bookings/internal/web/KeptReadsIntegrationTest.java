package org.bookingfleet.booking.bookings.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.bookingfleet.booking.catalog.internal.store.CatalogServices;
import org.bookingfleet.events.catalog.ServiceSnapshot;
import org.bookingfleet.testsupport.FleetIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A booking's service and its provider's terms are kept in memory between bookings; a
 * change this instance makes or replicates counts for the very next booking.
 */
@FleetIntegrationTest
@AutoConfigureWebTestClient
class KeptReadsIntegrationTest {

	@Autowired
	WebTestClient web;

	@Autowired
	BookingFixtures fixtures;

	@Autowired
	CatalogServices catalog;

	@Test
	void termsAProviderSetsCountForTheNextBookingThoughTheOldOnesWereJustRead() {
		long provider = fixtures.provider();
		BookingJourney journey = new BookingJourney(web, fixtures);
		BookingJourney.Booked before = journey.request(provider, Duration.ofDays(3), 7_500, 2_500, null);
		journey.setTerms(provider, true, false);
		BookingJourney.Booked after = journey.request(provider, Duration.ofDays(4), 7_500, 2_500, null);

		assertThat(fixtures.count("select count(*) from booking where id = :id and approval_required", before.id()))
			.isZero();
		assertThat(fixtures.count("select count(*) from booking where id = :id and approval_required", after.id()))
			.isOne();
	}

	@Test
	void aServiceWithdrawnFromTheCatalogIsRefusedToTheNextBookingThoughItWasJustBooked() {
		String service = fixtures.service(1);
		long provider = fixtures.provider();
		book(fixtures.hold(service, provider, Instant.now().plus(Duration.ofDays(3)), 1)).expectStatus().isAccepted();

		catalog
			.remember(new ServiceSnapshot(service, "notary", "Mobile notary", "MOBILE", 60, 1, 0, 0, 0,
					"America/Chicago", "USD", false), Instant.now())
			.block();

		book(fixtures.hold(service, provider, Instant.now().plus(Duration.ofDays(4)), 1)).expectStatus()
			.isNotFound()
			.expectBody()
			.jsonPath("$.error.code")
			.isEqualTo("INVALID_SERVICE");
	}

	private WebTestClient.ResponseSpec book(BookingFixtures.Slot slot) {
		return web.post()
			.uri("/api/v2/bookings")
			.header("Idempotency-Key", UUID.randomUUID().toString())
			.bodyValue(fixtures.request(slot, fixtures.quote(slot, 7_500, 2_500)))
			.exchange();
	}

}
