package org.bookingfleet.availability.slot.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.bookingfleet.availability.AvailabilityIntegration;
import org.bookingfleet.availability.IntegrationClient.Answer;
import org.bookingfleet.availability.Scenery;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

class SeatsIntegrationTest extends AvailabilityIntegration {

	@Test
	void thirtyConcurrentRequestsOfOneToThreeSeatsNeverOversellATwelveSeatCourse() {
		String course = scenery.service(180, 0, 0, 12);
		long trainer = scenery.provider(course);
		Instant start = Scenery.nextMondayAt("09:00");

		List<Answer> answers = Flux.range(0, 30)
			.flatMap(i -> client.hold(course, trainer, start, 1 + i % 3)
				.map(answer -> new int[] { 1 + i % 3, answer.status() }), 30)
			.map(pair -> new Answer(pair[1], java.util.Map.of("seats", pair[0])))
			.collectList()
			.toFuture()
			.join();

		int seatsGranted = answers.stream()
			.filter(answer -> answer.status() == 201)
			.mapToInt(answer -> (Integer) answer.body().get("seats"))
			.sum();
		assertThat(answers).allSatisfy(answer -> assertThat(answer.status()).isIn(201, 409));
		assertThat(seatsGranted).isLessThanOrEqualTo(12).isGreaterThanOrEqualTo(10);
		assertThat(scenery.count("select coalesce(sum(h.seats), 0) from seat_hold h join seat_session s "
				+ "on s.id = h.session_id where s.provider_id = " + trainer))
			.isEqualTo(seatsGranted);
		assertThat(scenery.count("select max(seats_taken) from seat_session where provider_id = " + trainer))
			.isEqualTo(seatsGranted);
		assertThat(scenery.count("select count(*) from reservation where provider_id = " + trainer)).isEqualTo(1);
	}

	@Test
	void aSessionShowsTheSeatsItHasLeft() {
		String course = scenery.service(180, 0, 0, 12);
		long trainer = scenery.provider(course);
		Instant start = Scenery.nextMondayAt("09:00");
		assertThat(client.hold(course, trainer, start, 5).toFuture().join().status()).isEqualTo(201);

		Answer slots = client
			.get("/api/v2/availability?serviceId={s}&providerId={p}&from={f}&to={t}", course, trainer, start.toString(),
					start.plusSeconds(60).toString())
			.toFuture()
			.join();

		assertThat(slots.status()).isEqualTo(200);
		assertThat((List<?>) slots.body().get("slots")).singleElement()
			.satisfies(slot -> assertThat(((java.util.Map<?, ?>) slot).get("seatsLeft")).isEqualTo(7));
	}

	@Test
	void seatsOfAnExpiredHoldAreOfferedAgainAtOnce() {
		String course = scenery.service(180, 0, 0, 12);
		long trainer = scenery.provider(course);
		Instant start = Scenery.nextMondayAt("13:00");
		assertThat(client.hold(course, trainer, start, 5).toFuture().join().status()).isEqualTo(201);
		database
			.sql("update seat_hold set expires_at = now() - interval '1 second' where session_id in "
					+ "(select id from seat_session where provider_id = :p)")
			.bind("p", trainer)
			.fetch()
			.rowsUpdated()
			.toFuture()
			.join();

		Answer slots = client
			.get("/api/v2/availability?serviceId={s}&providerId={p}&from={f}&to={t}", course, trainer, start.toString(),
					start.plusSeconds(60).toString())
			.toFuture()
			.join();

		assertThat((List<?>) slots.body().get("slots")).singleElement()
			.satisfies(slot -> assertThat(((java.util.Map<?, ?>) slot).get("seatsLeft")).isEqualTo(12));
		assertThat(client.hold(course, trainer, start, 12).toFuture().join().status()).isEqualTo(201);
	}

}
