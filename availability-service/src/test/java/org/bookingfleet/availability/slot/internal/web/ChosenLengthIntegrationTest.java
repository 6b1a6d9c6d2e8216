package org.bookingfleet.availability.slot.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.bookingfleet.availability.AvailabilityIntegration;
import org.bookingfleet.availability.IntegrationClient.Answer;
import org.bookingfleet.availability.Scenery;
import org.bookingfleet.platform.tokens.HoldTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import reactor.core.publisher.Flux;

class ChosenLengthIntegrationTest extends AvailabilityIntegration {

	@Autowired
	HoldTokens tokens;

	@Test
	void aTwoHourHoldOfAnHourlyServiceReservesTwoHoursAndTheNextHourCannotBeHeld() {
		String hourly = scenery.hourlyService(null, null);
		long provider = scenery.provider(hourly);
		Instant ten = Scenery.nextMondayAt("10:00");

		Answer held = client.hold(hourly, provider, ten, 1, 120).toFuture().join();

		assertThat(held.status()).isEqualTo(201);
		Instant noon = ten.plus(Duration.ofHours(2));
		assertThat(held.body()).containsEntry("end", noon.toString());
		assertThat(tokens.verify((String) held.body().get("holdToken")).orElseThrow().end()).isEqualTo(noon);
		assertThat(scenery.count("select count(*) from reservation where provider_id = " + provider + " and ends_at = '"
				+ noon + "' and upper(during) = '" + noon + "'"))
			.isEqualTo(1);
		assertThat(scenery.count("select count(*) from outbox_event where event_type = 'SlotHeld' and event_key = '"
				+ provider + "' and convert_from(payload, 'UTF8') like '%" + noon.toString().replace("Z", "") + "%'"))
			.isEqualTo(1);
		Answer nextHour = client.hold(hourly, provider, ten.plus(Duration.ofHours(1)), 1).toFuture().join();
		assertThat(nextHour.status()).isEqualTo(409);
		assertThat(nextHour.error()).containsEntry("code", "SLOT_TAKEN");
		assertThat(client.hold(hourly, provider, noon, 1).toFuture().join().status()).isEqualTo(201);
	}

	@Test
	void withoutALengthAnHourlyServiceIsHeldForItsShortest() {
		String hourly = scenery.hourlyService(null, null);
		long provider = scenery.provider(hourly);
		Instant ten = Scenery.nextMondayAt("10:00");

		Answer held = client.hold(hourly, provider, ten, 1).toFuture().join();

		assertThat(held.body()).containsEntry("end", ten.plus(Duration.ofHours(1)).toString());
	}

	@Test
	void aLengthTheServiceDoesNotOfferIsRefusedAndHoldsNothing() {
		String hourly = scenery.hourlyService(null, null);
		String fixed = scenery.service(60, 0, 0, 1);
		long provider = scenery.provider(hourly, fixed);
		Instant ten = Scenery.nextMondayAt("10:00");

		Answer offStep = client.hold(hourly, provider, ten, 1, 90).toFuture().join();
		Answer otherLength = client.hold(fixed, provider, ten, 1, 120).toFuture().join();
		Answer ownLength = client.hold(fixed, provider, ten, 1, 60).toFuture().join();
		Answer listed = client
			.get("/api/v2/availability?serviceId={s}&providerId={p}&from={f}&to={t}" + "&durationMinutes=240", hourly,
					provider, ten.toString(), ten.plus(Duration.ofDays(1)).toString())
			.toFuture()
			.join();

		assertThat(offStep.status()).isEqualTo(400);
		assertThat(offStep.error()).containsEntry("code", "VALIDATION_FAILED")
			.containsEntry("field", "durationMinutes");
		assertThat(otherLength.status()).isEqualTo(400);
		assertThat(otherLength.error()).containsEntry("field", "durationMinutes");
		assertThat(listed.status()).isEqualTo(400);
		assertThat(listed.error()).containsEntry("field", "durationMinutes");
		assertThat(ownLength.status()).isEqualTo(201);
		assertThat(scenery.count("select count(*) from reservation where provider_id = " + provider)).isEqualTo(1);
	}

	@Test
	void theSearchListsOnlyStartsWhereTheWholeLengthFitsEachEndingAfterIt() {
		String hourly = scenery.hourlyService(null, null);
		long provider = scenery.provider(hourly);
		Instant nine = Scenery.nextMondayAt("09:00");
		assertThat(client.hold(hourly, provider, nine.plus(Duration.ofHours(4)), 1).toFuture().join().status())
			.isEqualTo(201);

		List<Map<String, Object>> slots = slots(hourly, provider, nine, 180);

		assertThat(slots).extracting(slot -> slot.get("start"))
			.containsExactly(nine.toString(), nine.plus(Duration.ofMinutes(30)).toString(),
					nine.plus(Duration.ofHours(1)).toString(), nine.plus(Duration.ofHours(5)).toString());
		assertThat(slots).allSatisfy(slot -> assertThat(Instant.parse((String) slot.get("end")))
			.isEqualTo(Instant.parse((String) slot.get("start")).plus(Duration.ofHours(3))));
	}

	@Test
	void aStartOutsideTheServicesBookableHoursIsNeitherListedNorHoldable() {
		String mornings = scenery.hourlyService("10:00", "12:00");
		long provider = scenery.provider(mornings);
		Instant nine = Scenery.nextMondayAt("09:00");

		List<Map<String, Object>> slots = slots(mornings, provider, nine, 60);
		Answer early = client.hold(mornings, provider, nine, 1).toFuture().join();
		Answer late = client.hold(mornings, provider, nine.plus(Duration.ofHours(3)), 1).toFuture().join();

		assertThat(slots).extracting(slot -> slot.get("start"))
			.containsExactly(nine.plus(Duration.ofMinutes(60)).toString(), nine.plus(Duration.ofMinutes(90)).toString(),
					nine.plus(Duration.ofMinutes(120)).toString(), nine.plus(Duration.ofMinutes(150)).toString());
		assertThat(early.status()).isEqualTo(422);
		assertThat(early.error()).containsEntry("code", "OUTSIDE_SERVICE_HOURS").containsEntry("field", "start");
		assertThat(late.status()).isEqualTo(422);
		assertThat(scenery.count("select count(*) from reservation where provider_id = " + provider)).isZero();
		assertThat(client.hold(mornings, provider, nine.plus(Duration.ofHours(2)), 1, 180).toFuture().join().status())
			.isEqualTo(201);
	}

	@Test
	void fiftyConcurrentHoldsOfOverlappingLengthsLeaveOnlyWinnersThatDoNotOverlap() {
		String hourly = scenery.hourlyService(null, null);
		long provider = scenery.provider(hourly);
		Instant nine = Scenery.nextMondayAt("09:00");
		int[] lengths = { 60, 120, 180 };

		List<Answer> answers = Flux.range(0, 50)
			.flatMap(i -> client.hold(hourly, provider, nine.plus(Duration.ofHours(i % 6)), 1, lengths[(i / 6) % 3]),
					50)
			.collectList()
			.toFuture()
			.join();

		List<Answer> winners = answers.stream().filter(answer -> answer.status() == 201).toList();
		assertThat(winners).isNotEmpty();
		assertThat(answers).filteredOn(answer -> answer.status() != 201).allSatisfy(answer -> {
			assertThat(answer.status()).isEqualTo(409);
			assertThat(answer.error()).containsEntry("code", "SLOT_TAKEN");
		});
		for (Answer one : winners) {
			for (Answer other : winners) {
				if (one != other) {
					assertThat(overlap(one, other)).as("%s and %s", one.body(), other.body()).isFalse();
				}
			}
		}
		assertThat(scenery.count("select count(*) from reservation where provider_id = " + provider))
			.isEqualTo(winners.size());
		assertThat(scenery.count("""
				select count(*) from reservation a join reservation b
				  on a.provider_id = b.provider_id and a.id < b.id and a.during && b.during
				where a.provider_id = %d""".formatted(provider))).isZero();
	}

	private static boolean overlap(Answer one, Answer other) {
		return Instant.parse((String) one.body().get("start")).isBefore(Instant.parse((String) other.body().get("end")))
				&& Instant.parse((String) other.body().get("start"))
					.isBefore(Instant.parse((String) one.body().get("end")));
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> slots(String service, long provider, Instant day, int durationMinutes) {
		Answer answer = client
			.get("/api/v2/availability?serviceId={s}&providerId={p}&from={f}&to={t}" + "&durationMinutes={d}", service,
					provider, day.toString(), day.plus(Duration.ofHours(12)).toString(), durationMinutes)
			.toFuture()
			.join();
		assertThat(answer.status()).isEqualTo(200);
		return (List<Map<String, Object>>) answer.body().get("slots");
	}

}
