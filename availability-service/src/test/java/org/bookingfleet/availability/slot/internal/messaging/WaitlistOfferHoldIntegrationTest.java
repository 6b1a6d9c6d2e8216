package org.bookingfleet.availability.slot.internal.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.bookingfleet.availability.AvailabilityIntegration;
import org.bookingfleet.availability.Scenery;
import org.bookingfleet.events.EventCodec;
import org.bookingfleet.events.EventEnvelope;
import org.bookingfleet.events.Topics;
import org.bookingfleet.events.availability.OfferHoldRefused;
import org.bookingfleet.events.availability.SlotHeld;
import org.bookingfleet.events.availability.SlotReleased;
import org.bookingfleet.events.booking.BookingRequested;
import org.bookingfleet.events.booking.WaitlistOfferMade;
import org.bookingfleet.events.booking.WaitlistOfferWithdrawn;
import org.junit.jupiter.api.Test;

/**
 * A waitlist offer holds its slot under the offer's id, exactly as a customer's hold, and
 * lets go when withdrawn.
 */
class WaitlistOfferHoldIntegrationTest extends AvailabilityIntegration {

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	@Test
	void anOfferHoldsItsSlotOnceUnderTheOfferIdUntilTheOfferExpires() {
		String service = scenery.service(60, 0, 0, 1);
		long provider = scenery.provider(service);
		Instant start = Scenery.nextMondayAt("10:00");
		Instant expiresAt = Instant.now().plus(Duration.ofMinutes(15)).truncatedTo(ChronoUnit.MICROS);
		WaitlistOfferMade offer = offer(service, provider, start, expiresAt);
		EventEnvelope made = codec.envelope(offer, offer.entryId().toString(), 1);
		EventEnvelope madeAgain = codec.envelope(offer, offer.entryId().toString(), 1);

		publish(Topics.BOOKING, made, made, madeAgain);

		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(scenery.count("select count(*) from consumed_event "
					+ "where event_id in ('" + made.id() + "', '" + madeAgain.id() + "')"))
				.isEqualTo(2));
		assertThat(scenery.count("select count(*) from reservation where provider_id = " + provider)).isEqualTo(1);
		assertThat(scenery.count("select count(*) from reservation where kind = 'HOLD' and id = '" + offer.offerId()
				+ "' and expires_at = '" + expiresAt + "'"))
			.isEqualTo(1);
		assertThat(events(SlotHeld.class, provider)).containsExactly(new SlotHeld(offer.offerId(), provider, service,
				start, start.plus(Duration.ofHours(1)), 1, expiresAt, true));
		assertThat(events(OfferHoldRefused.class, provider)).isEmpty();
		assertThat(client.hold(service, provider, start, 1).toFuture().join().status()).isEqualTo(409);
	}

	@Test
	void anOfferForASlotSomeoneElseHoldsIsRefusedAndHoldsNothing() {
		String service = scenery.service(60, 0, 0, 1);
		long provider = scenery.provider(service);
		Instant start = Scenery.nextMondayAt("11:00");
		assertThat(client.hold(service, provider, start, 1).toFuture().join().status()).isEqualTo(201);
		WaitlistOfferMade offer = offer(service, provider, start, Instant.now().plus(Duration.ofMinutes(15)));

		publish(Topics.BOOKING, codec.envelope(offer, offer.entryId().toString(), 1));

		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(events(OfferHoldRefused.class, provider)).containsExactly(
					new OfferHoldRefused(offer.offerId(), offer.entryId(), provider, service, start, "SLOT_TAKEN")));
		assertThat(scenery.count("select count(*) from reservation where id = '" + offer.offerId() + "'")).isZero();
		assertThat(events(SlotHeld.class, provider)).extracting(SlotHeld::holdId).doesNotContain(offer.offerId());
	}

	@Test
	void theOfferedCustomerBooksTheSlotWithTheOfferAsHold() {
		String service = scenery.service(60, 0, 0, 1);
		long provider = scenery.provider(service);
		Instant start = Scenery.nextMondayAt("12:00");
		WaitlistOfferMade offer = offer(service, provider, start, Instant.now().plus(Duration.ofMinutes(15)));
		publish(Topics.BOOKING, codec.envelope(offer, offer.entryId().toString(), 1));
		await().atMost(PATIENCE).untilAsserted(() -> assertThat(events(SlotHeld.class, provider)).hasSize(1));
		UUID bookingId = UUID.randomUUID();

		publish(Topics.BOOKING, codec.envelope(new BookingRequested(bookingId, offer.offerId(), service, provider,
				start, start.plusSeconds(3600), 1, null), bookingId.toString(), 1));

		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(scenery.count("select count(*) from reservation "
					+ "where kind = 'BOOKED' and id = '" + offer.offerId() + "' and booking_id = '" + bookingId + "'"))
				.isEqualTo(1));
	}

	@Test
	void aWithdrawnOfferReleasesItsHoldOnce() {
		String service = scenery.service(60, 0, 0, 1);
		long provider = scenery.provider(service);
		Instant start = Scenery.nextMondayAt("13:00");
		WaitlistOfferMade offer = offer(service, provider, start, Instant.now().plus(Duration.ofMinutes(15)));
		WaitlistOfferWithdrawn withdrawn = new WaitlistOfferWithdrawn(offer.offerId(), offer.entryId(), service,
				provider, start, "LEFT_WAITLIST");
		EventEnvelope left = codec.envelope(withdrawn, offer.entryId().toString(), 2);

		publish(Topics.BOOKING, codec.envelope(offer, offer.entryId().toString(), 1), left,
				codec.envelope(withdrawn, offer.entryId().toString(), 2));

		await().atMost(PATIENCE).untilAsserted(() -> assertThat(events(SlotReleased.class, provider)).hasSize(1));
		assertThat(events(SlotReleased.class, provider)).containsExactly(new SlotReleased(offer.offerId(), null,
				provider, service, start, start.plus(Duration.ofHours(1)), 1, "HOLD_RELEASED"));
		assertThat(scenery.count("select count(*) from reservation where provider_id = " + provider)).isZero();
		assertThat(client.hold(service, provider, start, 1).toFuture().join().status()).isEqualTo(201);
	}

	@Test
	void anOfferForAFullCourseIsRefusedWithoutKeepingTheSeats() {
		String course = scenery.service(120, 0, 0, 4);
		long trainer = scenery.provider(course);
		Instant start = Scenery.nextMondayAt("09:00");
		assertThat(client.hold(course, trainer, start, 3).toFuture().join().status()).isEqualTo(201);
		WaitlistOfferMade offer = new WaitlistOfferMade(UUID.randomUUID(), UUID.randomUUID(), course, trainer, start,
				start.plus(Duration.ofHours(2)), 2, Instant.now().plus(Duration.ofMinutes(15)), "Wait Ing",
				"wait@example.com", "+15125550100", "Test service", "America/Chicago", "en", List.of("EMAIL"));

		publish(Topics.BOOKING, codec.envelope(offer, offer.entryId().toString(), 1));

		await().atMost(PATIENCE).untilAsserted(() -> assertThat(events(OfferHoldRefused.class, trainer)).hasSize(1));
		assertThat(scenery.count("select seats_taken from seat_session where provider_id = " + trainer)).isEqualTo(3);
		assertThat(scenery.count("select count(*) from seat_hold where id = '" + offer.offerId() + "'")).isZero();
	}

	private static WaitlistOfferMade offer(String service, long provider, Instant start, Instant expiresAt) {
		return new WaitlistOfferMade(UUID.randomUUID(), UUID.randomUUID(), service, provider, start,
				start.plus(Duration.ofHours(1)), 1, expiresAt, "Wait Ing", "wait@example.com", "+15125550100",
				"Test service", "America/Chicago", "en", List.of("EMAIL"));
	}

	/** The events of the type the service wrote for the provider, oldest first. */
	private <T> List<T> events(Class<T> type, long provider) {
		return database
			.sql("select payload from outbox_event where event_type = :type and event_key = :key order by id")
			.bind("type", EventCodec.contractOf(type).type())
			.bind("key", String.valueOf(provider))
			.map(row -> row.get(0, byte[].class))
			.all()
			.map(payload -> EventCodec.data(EventCodec.read(payload), type))
			.collectList()
			.toFuture()
			.join();
	}

}
