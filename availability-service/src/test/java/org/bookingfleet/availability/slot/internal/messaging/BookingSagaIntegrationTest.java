package org.bookingfleet.availability.slot.internal.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.bookingfleet.availability.AvailabilityIntegration;
import org.bookingfleet.availability.IntegrationClient.Answer;
import org.bookingfleet.availability.Scenery;
import org.bookingfleet.events.EventEnvelope;
import org.bookingfleet.events.Topics;
import org.bookingfleet.events.booking.BookingCancelled;
import org.bookingfleet.events.booking.BookingRequested;
import org.bookingfleet.events.booking.BookingRescheduled;
import org.bookingfleet.events.catalog.ServiceDefined;
import org.bookingfleet.events.catalog.ServiceSnapshot;
import org.junit.jupiter.api.Test;

class BookingSagaIntegrationTest extends AvailabilityIntegration {

	@Test
	void aRedeliveredBookingRequestBooksTheHoldOnce() {
		String service = scenery.service(60, 0, 0, 1);
		long provider = scenery.provider(service);
		Instant start = Scenery.nextMondayAt("10:00");
		UUID holdId = holdId(client.hold(service, provider, start, 1).toFuture().join());
		UUID bookingId = UUID.randomUUID();
		EventEnvelope requested = codec.envelope(
				new BookingRequested(bookingId, holdId, service, provider, start, start.plusSeconds(3600), 1, null),
				bookingId.toString(), 1);

		EventEnvelope sentAgain = codec.envelope(
				new BookingRequested(bookingId, holdId, service, provider, start, start.plusSeconds(3600), 1, null),
				bookingId.toString(), 1);

		publish(Topics.BOOKING, requested, requested, sentAgain);

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(scenery.count("select count(*) from consumed_event where event_id in ('"
					+ requested.id() + "', '" + sentAgain.id() + "')"))
				.isEqualTo(2));
		assertThat(scenery
			.count("select count(*) from reservation where kind = 'BOOKED' and booking_id = '" + bookingId + "'"))
			.isEqualTo(1);
		assertThat(events("SlotReserved", provider)).isEqualTo(1);
		assertThat(scenery.count("select count(*) from reservation where provider_id = " + provider)).isEqualTo(1);
	}

	@Test
	void anExpiredHoldWhoseSlotWasTakenMeanwhileIsRejected() {
		String service = scenery.service(60, 0, 0, 1);
		long provider = scenery.provider(service);
		Instant start = Scenery.nextMondayAt("13:00");
		UUID holdId = holdId(client.hold(service, provider, start, 1).toFuture().join());
		database.sql("update reservation set expires_at = now() - interval '1 second' where id = :id")
			.bind("id", holdId)
			.fetch()
			.rowsUpdated()
			.toFuture()
			.join();
		assertThat(client.hold(service, provider, start, 1).toFuture().join().status()).isEqualTo(201);
		UUID bookingId = UUID.randomUUID();

		publish(Topics.BOOKING, codec.envelope(
				new BookingRequested(bookingId, holdId, service, provider, start, start.plusSeconds(3600), 1, null),
				bookingId.toString(), 1));

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(events("SlotRejected", provider)).isEqualTo(1));
		assertThat(events("SlotReserved", provider)).isZero();
		assertThat(scenery.count("select count(*) from reservation where booking_id = '" + bookingId + "'")).isZero();
	}

	@Test
	void anExpiredHoldWhoseSlotIsStillFreeIsBooked() {
		String service = scenery.service(60, 0, 0, 1);
		long provider = scenery.provider(service);
		Instant start = Scenery.nextMondayAt("14:00");
		UUID holdId = holdId(client.hold(service, provider, start, 1).toFuture().join());
		database.sql("update reservation set expires_at = now() - interval '1 second' where id = :id")
			.bind("id", holdId)
			.fetch()
			.rowsUpdated()
			.toFuture()
			.join();
		UUID bookingId = UUID.randomUUID();

		publish(Topics.BOOKING, codec.envelope(
				new BookingRequested(bookingId, holdId, service, provider, start, start.plusSeconds(3600), 1, null),
				bookingId.toString(), 1));

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(scenery
				.count("select count(*) from reservation where kind = 'BOOKED' and booking_id = '" + bookingId + "'"))
				.isEqualTo(1));
		assertThat(events("SlotRejected", provider)).isZero();
	}

	@Test
	void aCancelledBookingReleasesItsSlot() {
		String service = scenery.service(60, 0, 0, 1);
		long provider = scenery.provider(service);
		Instant start = Scenery.nextMondayAt("15:00");
		UUID holdId = holdId(client.hold(service, provider, start, 1).toFuture().join());
		UUID bookingId = UUID.randomUUID();
		publish(Topics.BOOKING, codec.envelope(
				new BookingRequested(bookingId, holdId, service, provider, start, start.plusSeconds(3600), 1, null),
				bookingId.toString(), 1));
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(events("SlotReserved", provider)).isEqualTo(1));

		publish(Topics.BOOKING, codec.envelope(new BookingCancelled(bookingId, service, provider, start,
				start.plusSeconds(3600), 0, "USD", "changed plans", "customer"), bookingId.toString(), 2));

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(
					() -> assertThat(scenery.count("select count(*) from reservation where provider_id = " + provider))
						.isZero());
		assertThat(client.hold(service, provider, start, 1).toFuture().join().status()).isEqualTo(201);
	}

	@Test
	void aRescheduledBookingKeepsTheNewSlotAndReleasesTheOld() {
		String service = scenery.service(60, 0, 0, 1);
		long provider = scenery.provider(service);
		Instant first = Scenery.nextMondayAt("09:00");
		Instant moved = Scenery.nextMondayAt("16:00");
		UUID firstHold = holdId(client.hold(service, provider, first, 1).toFuture().join());
		UUID bookingId = UUID.randomUUID();
		publish(Topics.BOOKING, codec.envelope(
				new BookingRequested(bookingId, firstHold, service, provider, first, first.plusSeconds(3600), 1, null),
				bookingId.toString(), 1));
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(events("SlotReserved", provider)).isEqualTo(1));
		UUID newHold = holdId(client.hold(service, provider, moved, 1).toFuture().join());

		publish(Topics.BOOKING, codec.envelope(new BookingRescheduled(bookingId, service, provider, newHold, first,
				first.plusSeconds(3600), moved, moved.plusSeconds(3600), "America/Chicago"), bookingId.toString(), 2));

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(events("SlotReleased", provider)).isEqualTo(1));
		assertThat(scenery.count("select count(*) from reservation where kind = 'BOOKED' and booking_id = '" + bookingId
				+ "' and id = '" + newHold + "'"))
			.isEqualTo(1);
		assertThat(scenery.count("select count(*) from reservation where provider_id = " + provider)).isEqualTo(1);
	}

	@Test
	void aSweptSeatHoldIsBookedAgainWhileTheCourseHasSeats() {
		String course = scenery.service(120, 0, 0, 12);
		long trainer = scenery.provider(course);
		Instant start = Scenery.nextMondayAt("09:00");
		UUID holdId = holdId(client.hold(course, trainer, start, 4).toFuture().join());
		expireAndAwaitSweep(holdId);
		UUID bookingId = UUID.randomUUID();

		publish(Topics.BOOKING, codec.envelope(
				new BookingRequested(bookingId, holdId, course, trainer, start, start.plusSeconds(7200), 4, null),
				bookingId.toString(), 1));

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(events("SlotReserved", trainer)).isEqualTo(1));
		assertThat(scenery.count("select seats_taken from seat_session where provider_id = " + trainer)).isEqualTo(4);
	}

	@Test
	void aSweptSeatHoldOfAFullCourseIsRejected() {
		String course = scenery.service(120, 0, 0, 12);
		long trainer = scenery.provider(course);
		Instant start = Scenery.nextMondayAt("13:00");
		UUID holdId = holdId(client.hold(course, trainer, start, 4).toFuture().join());
		expireAndAwaitSweep(holdId);
		holdId(client.hold(course, trainer, start, 12).toFuture().join());
		UUID bookingId = UUID.randomUUID();

		publish(Topics.BOOKING, codec.envelope(
				new BookingRequested(bookingId, holdId, course, trainer, start, start.plusSeconds(7200), 4, null),
				bookingId.toString(), 1));

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(events("SlotRejected", trainer)).isEqualTo(1));
		assertThat(scenery.count("select seats_taken from seat_session where provider_id = " + trainer)).isEqualTo(12);
	}

	private void expireAndAwaitSweep(UUID seatHoldId) {
		database.sql("update seat_hold set expires_at = now() - interval '1 second' where id = :id")
			.bind("id", seatHoldId)
			.fetch()
			.rowsUpdated()
			.toFuture()
			.join();
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(
					() -> assertThat(scenery.count("select count(*) from seat_hold where id = '" + seatHoldId + "'"))
						.isZero());
	}

	@Test
	void aServiceDefinedInTheCatalogBecomesBookable() {
		String service = "svc-" + UUID.randomUUID();
		long provider = scenery.provider(service);
		Instant start = Scenery.nextMondayAt("10:00");
		assertThat(client.hold(service, provider, start, 1).toFuture().join().status()).isEqualTo(404);

		publish(Topics.CATALOG, codec.envelope(new ServiceDefined(new ServiceSnapshot(service, "acme", "Signing",
				"MOBILE", 60, 1, 0, 0, 0, "America/Chicago", "USD", true)), service, 1));

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(client.hold(service, provider, start, 1).toFuture().join().status())
				.isEqualTo(201));
	}

	/** A booking asks for the hold's slot, as the booking service's saga does. */
	private void request(UUID booking, UUID holdId, String service, long provider, Instant start, Duration length,
			int seats) {
		publish(Topics.BOOKING, codec.envelope(
				new BookingRequested(booking, holdId, service, provider, start, start.plus(length), seats, null),
				booking.toString(), 1));
	}

	@Test
	void aHoldBookedForOneBookingIsRefusedToAnotherAndTheFirstKeepsIt() {
		String service = scenery.service(60, 0, 0, 1);
		long provider = scenery.provider(service);
		Instant start = Scenery.nextMondayAt("11:00");
		UUID holdId = holdId(client.hold(service, provider, start, 1).toFuture().join());
		UUID first = UUID.randomUUID();
		UUID second = UUID.randomUUID();
		request(first, holdId, service, provider, start, Duration.ofHours(1), 1);
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(events("SlotReserved", provider)).isEqualTo(1));

		request(second, holdId, service, provider, start, Duration.ofHours(1), 1);

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(events("SlotRejected", provider)).isEqualTo(1));
		assertThat(rejections(provider, "HOLD_ALREADY_USED")).isEqualTo(1);
		assertThat(events("SlotReserved", provider)).isEqualTo(1);
		assertThat(events("SlotReleased", provider)).isZero();
		assertThat(scenery.count("select count(*) from reservation where kind = 'BOOKED' and id = '" + holdId
				+ "' and booking_id = '" + first + "'"))
			.isEqualTo(1);
		assertThat(scenery.count("select count(*) from reservation where provider_id = " + provider)).isEqualTo(1);
	}

	@Test
	void aSeatHoldBookedForOneBookingIsRefusedToAnother() {
		String course = scenery.service(120, 0, 0, 12);
		long trainer = scenery.provider(course);
		Instant start = Scenery.nextMondayAt("10:00");
		UUID holdId = holdId(client.hold(course, trainer, start, 2).toFuture().join());
		UUID first = UUID.randomUUID();
		UUID second = UUID.randomUUID();
		request(first, holdId, course, trainer, start, Duration.ofHours(2), 2);
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(events("SlotReserved", trainer)).isEqualTo(1));

		request(second, holdId, course, trainer, start, Duration.ofHours(2), 2);

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(rejections(trainer, "HOLD_ALREADY_USED")).isEqualTo(1));
		assertThat(scenery
			.count("select count(*) from seat_hold where id = '" + holdId + "' and booking_id = '" + first + "'"))
			.isEqualTo(1);
		assertThat(scenery.count("select seats_taken from seat_session where provider_id = " + trainer)).isEqualTo(2);
	}

	@Test
	void aSweptHoldIsBookedForTheSpanTheBookingNames() {
		String hourly = scenery.hourlyService(null, null);
		long provider = scenery.provider(hourly);
		Instant start = Scenery.nextMondayAt("10:00");
		Instant end = start.plus(Duration.ofHours(2));
		UUID holdId = holdId(client.hold(hourly, provider, start, 1, 120).toFuture().join());
		database.sql("update reservation set expires_at = now() - interval '1 second' where id = :id")
			.bind("id", holdId)
			.fetch()
			.rowsUpdated()
			.toFuture()
			.join();
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(
					() -> assertThat(scenery.count("select count(*) from reservation where id = '" + holdId + "'"))
						.isZero());
		UUID bookingId = UUID.randomUUID();

		publish(Topics.BOOKING,
				codec.envelope(new BookingRequested(bookingId, holdId, hourly, provider, start, end, 1, null),
						bookingId.toString(), 1));

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(
					scenery.count("select count(*) from reservation where kind = 'BOOKED' and booking_id = '"
							+ bookingId + "' and ends_at = '" + end + "' and upper(during) = '" + end + "'"))
				.isEqualTo(1));
		assertThat(client.hold(hourly, provider, start.plus(Duration.ofHours(1)), 1).toFuture().join().status())
			.isEqualTo(409);
	}

	private long rejections(long provider, String reason) {
		return scenery.count("select count(*) from outbox_event where event_type = 'SlotRejected' and event_key = '"
				+ provider + "' and convert_from(payload, 'UTF8') like '%" + reason + "%'");
	}

	private long events(String type, long provider) {
		return scenery.count("select count(*) from outbox_event where event_type = '" + type + "' and event_key = '"
				+ provider + "'");
	}

	private static UUID holdId(Answer answer) {
		assertThat(answer.status()).isEqualTo(201);
		return UUID.fromString((String) answer.body().get("holdId"));
	}

}
