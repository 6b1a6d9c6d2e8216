package org.bookingfleet.booking.catalog.internal.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.bookingfleet.booking.bookings.internal.web.BookingFixtures;
import org.bookingfleet.events.EventEnvelope;
import org.bookingfleet.events.availability.SlotHeld;
import org.bookingfleet.platform.consumer.EventConsumers;
import org.bookingfleet.testsupport.FleetIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The booking service keeps the holds the availability service makes for waitlist offers
 * (their link is the customer's capability) and passes a customer's own hold over, with
 * no transaction and nothing recorded: it is trusted by its token and never looked up. On
 * the real database and broker, the availability service played by publishing its events.
 */
@FleetIntegrationTest
class OfferHoldsOnlyIntegrationTest {

	@Autowired
	BookingFixtures fixtures;

	@Test
	void aCustomersHoldIsPassedOverAndAnOffersHoldIsKept() {
		String service = fixtures.service(1);
		long provider = fixtures.provider();
		Instant start = Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.HOURS);
		Instant expires = Instant.now().plus(Duration.ofMinutes(10)).truncatedTo(ChronoUnit.SECONDS);
		UUID customers = UUID.randomUUID();
		UUID offers = inTheSameLaneAs(customers);

		// one record key, so one partition; one lane, so applied one after the other
		EventEnvelope customerHold = fixtures.publish(
				new SlotHeld(customers, provider, service, start, start.plusSeconds(3600), 1, expires, false),
				customers);
		fixtures.publish(new SlotHeld(offers, provider, service, start.plusSeconds(7200), start.plusSeconds(10800), 1,
				expires, true), customers);

		await().atMost(Duration.ofSeconds(60)).until(() -> known(offers));
		assertThat(known(customers)).isFalse();
		assertThat(fixtures.consumed(customerHold.id())).isFalse();
	}

	private boolean known(UUID holdId) {
		return fixtures.count("select count(*) from known_hold where hold_id = :id", holdId) > 0;
	}

	/** A hold id the consumer applies in the same lane as the other, so after it. */
	private static UUID inTheSameLaneAs(UUID other) {
		UUID id = UUID.randomUUID();
		while (EventConsumers.laneOf(id.toString()) != EventConsumers.laneOf(other.toString())) {
			id = UUID.randomUUID();
		}
		return id;
	}

}
