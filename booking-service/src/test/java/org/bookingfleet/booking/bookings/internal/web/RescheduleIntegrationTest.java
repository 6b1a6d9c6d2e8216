package org.bookingfleet.booking.bookings.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.bookingfleet.booking.bookings.Booking;
import org.bookingfleet.events.EventEnvelope;
import org.bookingfleet.events.availability.SlotRejected;
import org.bookingfleet.events.availability.SlotReserved;
import org.bookingfleet.events.booking.BookingFeeCharged;
import org.bookingfleet.events.booking.PriceSnapshot;
import org.bookingfleet.events.payment.PaymentSucceeded;
import org.bookingfleet.testsupport.FleetIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

@FleetIntegrationTest
@AutoConfigureWebTestClient
class RescheduleIntegrationTest {

	@Autowired
	WebTestClient web;

	@Autowired
	BookingFixtures fixtures;

	private BookingJourney journey;

	@BeforeEach
	void setUp() {
		journey = new BookingJourney(web, fixtures);
	}

	private BookingFixtures.Slot rescheduleToNextDay(BookingJourney.Booked booked) {
		BookingFixtures.Slot next = fixtures.hold(booked.slot().serviceId(), booked.slot().providerId(),
				booked.slot().start().plus(Duration.ofDays(1)), 1);
		web.put()
			.uri("/api/v2/bookings/{id}", booked.id())
			.header("X-Booking-Token", booked.accessToken())
			.bodyValue(fixtures.move(next, fixtures.quoteAtSamePrice(booked.id(), next)))
			.exchange()
			.expectStatus()
			.isAccepted()
			.expectBody()
			.jsonPath("$.pendingHoldId")
			.isEqualTo(next.holdId().toString());
		return next;
	}

	@Test
	void rescheduleMovesTheBookingOnceTheNewSlotIsBooked() {
		BookingJourney.Booked booked = journey.confirmed(Duration.ofDays(3), 7_500, 0, null);
		BookingFixtures.Slot next = rescheduleToNextDay(booked);

		fixtures.publish(new SlotReserved(booked.id(), next.holdId(), UUID.randomUUID(), next.providerId(),
				next.serviceId(), next.start(), next.end(), 1), booked.id());

		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			JsonNode now = journey.read(booked);
			assertThat(Instant.parse(now.get("scheduledDateTime").stringValue())).isEqualTo(next.start());
			assertThat(now.get("pendingHoldId")).isNull();
		});
		assertThat(journey.read(booked).get("status").stringValue()).isEqualTo("CONFIRMED");
		assertThat(fixtures.outboxTypes(booked.id())).endsWith("BookingRescheduled");
	}

	@Test
	void failedRescheduleKeepsTheOldSlot() {
		BookingJourney.Booked booked = journey.confirmed(Duration.ofDays(3), 7_500, 0, null);
		BookingFixtures.Slot next = rescheduleToNextDay(booked);

		fixtures.publish(new SlotRejected(booked.id(), next.holdId(), next.providerId(), "slot taken"), booked.id());

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(journey.read(booked).get("pendingHoldId")).isNull());
		JsonNode now = journey.read(booked);
		assertThat(Instant.parse(now.get("scheduledDateTime").stringValue())).isEqualTo(booked.slot().start());
		assertThat(now.get("status").stringValue()).isEqualTo("CONFIRMED");
	}

	@Test
	void rescheduleToAnotherProvidersHoldIsRefused() {
		BookingJourney.Booked booked = journey.confirmed(Duration.ofDays(3), 7_500, 0, null);
		BookingFixtures.Slot elsewhere = fixtures.hold(booked.slot().serviceId(), fixtures.provider(),
				booked.slot().start().plus(Duration.ofDays(1)), 1);

		web.put()
			.uri("/api/v2/bookings/{id}", booked.id())
			.header("X-Booking-Token", booked.accessToken())
			.bodyValue(fixtures.move(elsewhere, fixtures.quoteAtSamePrice(booked.id(), elsewhere)))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.error.field")
			.isEqualTo("holdId");
	}

	@Test
	void lateRescheduleChargesThePolicyFeeOnTopOfWhatWasPaidAndItsPaymentKeepsTheBookingConfirmed() {
		BookingJourney.Booked booked = journey.confirmed(Duration.ofHours(12), 7_500, 2_500, null);
		BookingFixtures.Slot next = rescheduleToNextDay(booked);
		assertThat(journey.read(booked).get("pendingFeeCents").longValue()).isEqualTo(2_500);

		fixtures.publish(new SlotReserved(booked.id(), next.holdId(), UUID.randomUUID(), next.providerId(),
				next.serviceId(), next.start(), next.end(), 1), booked.id());

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(fixtures.outboxTypes(booked.id())).endsWith("BookingRescheduled",
					"BookingFeeCharged"));
		JsonNode moved = journey.read(booked);
		assertThat(Instant.parse(moved.get("scheduledDateTime").stringValue())).isEqualTo(next.start());
		assertThat(moved.get("status").stringValue()).isEqualTo("CONFIRMED");
		assertThat(moved.get("amountDueCents").longValue()).isEqualTo(10_000);
		assertThat(moved.get("paidCents").longValue()).isEqualTo(7_500);
		assertThat(moved.get("balanceDueCents").longValue()).isEqualTo(2_500);
		assertThat(moved.get("charges").get(0).get("code").stringValue()).isEqualTo("RESCHEDULE_FEE");
		assertThat(moved.get("charges").get(0).get("amountCents").longValue()).isEqualTo(2_500);
		BookingFeeCharged fee = fixtures.lastEvent(booked.id(), BookingFeeCharged.class);
		assertThat(fee.feeCents()).isEqualTo(2_500);
		assertThat(fee.amountDueCents() - fee.paidCents()).isEqualTo(2_500);
		assertThat(fee.price().totalCents()).isEqualTo(10_000);
		assertThat(fee.price().lines()).extracting(PriceSnapshot.Line::code).endsWith("RESCHEDULE_FEE");
		assertThat(fixtures.count("select count(*) from booking_audit where booking_id = :id and action = 'SWAP_SLOT'",
				booked.id()))
			.isEqualTo(1);

		EventEnvelope paid = fixtures.publish(
				new PaymentSucceeded(UUID.randomUUID(), booked.id(), "pi_fee_" + booked.id(), 2_500, "USD"),
				booked.id());

		await().atMost(Duration.ofSeconds(30)).until(() -> fixtures.consumed(paid.id()));
		JsonNode settled = journey.read(booked);
		assertThat(settled.get("status").stringValue()).isEqualTo("CONFIRMED");
		assertThat(settled.get("paidCents").longValue()).isEqualTo(10_000);
		assertThat(settled.get("balanceDueCents").longValue()).isZero();
		assertThat(fixtures.outboxTypes(booked.id())).endsWith("BookingRescheduled", "BookingFeeCharged");
		assertThat(
				fixtures.count("select count(*) from booking_audit where booking_id = :id and action = 'RECORD_PAYMENT'"
						+ " and from_status = 'CONFIRMED' and to_status = 'CONFIRMED'", booked.id()))
			.isEqualTo(1);
	}

	@Test
	void aMoveToACheaperTimeGivesBackWhatWasPaidBeyondTheNewPriceAndAMoveToADearerOneAsksForTheDifference() {
		BookingJourney.Booked cheaper = journey.confirmed(Duration.ofDays(3), 7_500, 0, null);
		moveAndBook(cheaper, 6_000);

		JsonNode moved = journey.read(cheaper);
		assertThat(moved.get("pricing").get("finalPriceCents").longValue()).isEqualTo(6_000);
		assertThat(moved.get("paidCents").longValue()).isEqualTo(6_000);
		assertThat(moved.get("balanceDueCents").longValue()).isZero();
		BookingFeeCharged refund = fixtures.lastEvent(cheaper.id(), BookingFeeCharged.class);
		assertThat(refund.code()).isEqualTo("REPRICED");
		assertThat(refund.feeCents()).isEqualTo(-1_500);
		assertThat(refund.refundCents()).isEqualTo(1_500);
		assertThat(refund.paidCents()).isEqualTo(6_000);
		assertThat(fixtures.count("select count(*) from booking_audit where booking_id = :id and action = 'SWAP_SLOT'"
				+ " and changes like '%\"paidCents\":{\"from\":7500,\"to\":6000}%'", cheaper.id()))
			.isEqualTo(1);

		BookingJourney.Booked dearer = journey.confirmed(Duration.ofDays(3), 7_500, 0, null);
		moveAndBook(dearer, 9_000);

		JsonNode owes = journey.read(dearer);
		assertThat(owes.get("paidCents").longValue()).isEqualTo(7_500);
		assertThat(owes.get("balanceDueCents").longValue()).isEqualTo(1_500);
		BookingFeeCharged more = fixtures.lastEvent(dearer.id(), BookingFeeCharged.class);
		assertThat(more.refundCents()).isZero();
		assertThat(more.amountDueCents() - more.paidCents()).isEqualTo(1_500);
	}

	private void moveAndBook(BookingJourney.Booked booked, long newTotalCents) {
		BookingFixtures.Slot next = fixtures.hold(booked.slot().serviceId(), booked.slot().providerId(),
				booked.slot().start().plus(Duration.ofDays(1)), 1);
		web.put()
			.uri("/api/v2/bookings/{id}", booked.id())
			.header("X-Booking-Token", booked.accessToken())
			.bodyValue(fixtures.move(next, fixtures.quote(next, newTotalCents, 0)))
			.exchange()
			.expectStatus()
			.isAccepted();
		fixtures.publish(new SlotReserved(booked.id(), next.holdId(), UUID.randomUUID(), next.providerId(),
				next.serviceId(), next.start(), next.end(), 1), booked.id());
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(fixtures.outboxTypes(booked.id())).endsWith("BookingRescheduled",
					"BookingFeeCharged"));
	}

	@Test
	void failedLateRescheduleChargesNothing() {
		BookingJourney.Booked booked = journey.confirmed(Duration.ofHours(12), 7_500, 2_500, null);
		BookingFixtures.Slot next = rescheduleToNextDay(booked);

		fixtures.publish(new SlotRejected(booked.id(), next.holdId(), next.providerId(), "slot taken"), booked.id());

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(journey.read(booked).get("pendingHoldId")).isNull());
		JsonNode kept = journey.read(booked);
		assertThat(kept.get("pendingFeeCents")).isNull();
		assertThat(kept.get("amountDueCents").longValue()).isEqualTo(2_500);
		assertThat(kept.get("balanceDueCents").longValue()).isZero();
		assertThat(fixtures.outboxTypes(booked.id())).doesNotContain("BookingFeeCharged");
	}

	@Test
	void earlyRescheduleIsFree() {
		BookingJourney.Booked booked = journey.confirmed(Duration.ofDays(3), 7_500, 2_500, null);
		BookingFixtures.Slot next = rescheduleToNextDay(booked);
		assertThat(journey.read(booked).get("pendingFeeCents")).isNull();

		fixtures.publish(new SlotReserved(booked.id(), next.holdId(), UUID.randomUUID(), next.providerId(),
				next.serviceId(), next.start(), next.end(), 1), booked.id());

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(journey.read(booked).get("pendingHoldId")).isNull());
		assertThat(journey.read(booked).get("amountDueCents").longValue()).isEqualTo(2_500);
		assertThat(fixtures.outboxTypes(booked.id())).doesNotContain("BookingFeeCharged");
	}

}
