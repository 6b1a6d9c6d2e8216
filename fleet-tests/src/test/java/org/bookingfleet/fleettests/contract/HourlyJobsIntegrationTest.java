package org.bookingfleet.fleettests.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bookingfleet.fleettests.api.Storefront.HOURLY;
import static org.bookingfleet.fleettests.api.Storefront.HOURLY_ZONE;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.bookingfleet.fleettests.api.Answer;
import org.bookingfleet.fleettests.api.Caller;
import org.bookingfleet.fleettests.api.Storefront;
import org.bookingfleet.fleettests.api.Storefront.Booked;
import org.bookingfleet.fleettests.api.Storefront.Held;
import org.bookingfleet.fleettests.fleet.WithFleet;
import org.bookingfleet.fleettests.invariants.FleetInvariants;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

@WithFleet
class HourlyJobsIntegrationTest {

	private static final int CUSTOMERS = 50;

	private static final int[] LENGTHS = { 60, 120, 180 };

	/**
	 * Jobs of one, two and three hours asked for at once across one day of one
	 * professional.
	 */
	@Test
	void holdsOfDifferentLengthsRacingOverOneDayNeverOverlap() {
		long pro = Storefront.openProvider(HOURLY, HOURLY_ZONE);
		Instant nine = Storefront.localTime(HOURLY_ZONE, 4, LocalTime.of(9, 0));
		// starts from 09:00 to 14:00 every half hour: even a three-hour job ends by the
		// 17:00 close
		List<Answer> answers = Race.of(CUSTOMERS, i -> Storefront.hold(HOURLY, pro,
				nine.plus(Duration.ofMinutes(30L * (i % 11))), 1, LENGTHS[i % LENGTHS.length]));

		List<Answer> won = answers.stream().filter(answer -> answer.status() == 201).toList();
		assertThat(won).as("holds won").isNotEmpty();
		assertThat(answers).filteredOn(answer -> answer.status() != 201).allSatisfy(answer -> {
			assertThat(answer.status()).as(answer.toString()).isEqualTo(409);
			assertThat(answer.errorCode()).as(answer.toString()).isEqualTo("SLOT_TAKEN");
		});
		for (int i = 0; i < answers.size(); i++) {
			Answer answer = answers.get(i);
			if (answer.status() == 201) {
				assertThat(Duration.between(Instant.parse(answer.field("start")), Instant.parse(answer.field("end"))))
					.as("the span of " + answer)
					.isEqualTo(Duration.ofMinutes(LENGTHS[i % LENGTHS.length]));
			}
		}
		List<Held> spans = won.stream()
			.map(answer -> new Held(answer.field("holdId"), answer.field("holdToken"),
					Instant.parse(answer.field("start")), Instant.parse(answer.field("end"))))
			.toList();
		for (Held a : spans) {
			for (Held b : spans) {
				if (a != b) {
					assertThat(a.start().isBefore(b.end()) && b.start().isBefore(a.end()))
						.as("%s-%s overlaps %s-%s", a.start(), a.end(), b.start(), b.end())
						.isFalse();
				}
			}
		}
		FleetInvariants.hold();
	}

	@Test
	void aTwoHourJobEndsTwoHoursAfterItStartsAndTakesTheNextHourWithIt() {
		long pro = Storefront.openProvider(HOURLY, HOURLY_ZONE);
		Storefront.payAtAppointment(pro);
		Instant start = Storefront.localTime(HOURLY_ZONE, 5, LocalTime.of(10, 0));
		String email = Storefront.newEmail("two-hours");
		Held held = Storefront.held(HOURLY, pro, start, 1, 120);
		assertThat(held.end()).isEqualTo(start.plus(Duration.ofMinutes(120)));
		ObjectNode ask = Storefront.quoteRequest(HOURLY, start, 1, email).put("durationMinutes", 120);
		ask.set("address", Addresses.denver());
		JsonNode quote = Storefront.quote(ask);
		ObjectNode request = Storefront.request(HOURLY, held, quote.path("quoteToken").asString(), email, 1)
			.put("durationMinutes", 120);
		request.set("address", Addresses.denver());

		Answer created = Storefront.book(request, UUID.randomUUID().toString(), Caller.ANONYMOUS);
		assertThat(created.status()).as(created.toString()).isIn(201, 202);
		Booked booked = new Booked(created.field("id"), created.field("accessToken"), created);
		JsonNode booking = Storefront.awaitStatus(booked.id(), booked.guest(), "CONFIRMED");
		assertThat(Instant.parse(booking.path("scheduledDateTime").asString())).isEqualTo(start);
		assertThat(Instant.parse(booking.path("endDateTime").asString()))
			.isEqualTo(start.plus(Duration.ofMinutes(120)));

		Answer nextHour = Storefront.hold(HOURLY, pro, start.plus(Duration.ofMinutes(60)), 1, 60);
		assertThat(nextHour.status()).as("the job's second hour " + nextHour).isEqualTo(409);
		assertThat(nextHour.errorCode()).isEqualTo("SLOT_TAKEN");
		assertThat(Storefront.slots(HOURLY, pro, start, start.plus(Duration.ofMinutes(120)), 60))
			.as("no hour of the job is offered")
			.noneMatch(
					slot -> Instant.parse(slot.path("start").asString()).isBefore(start.plus(Duration.ofMinutes(120))));
		FleetInvariants.hold();
	}

}
