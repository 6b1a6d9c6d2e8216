package org.bookingfleet.availability.slot.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.bookingfleet.availability.AvailabilityIntegration;
import org.bookingfleet.availability.IntegrationClient;
import org.bookingfleet.availability.schedule.internal.store.ScheduleDocument;
import org.junit.jupiter.api.Test;

/**
 * The next real DST change days of Chicago, through the HTTP API, rendered on the
 * provider's wall clock.
 */
class DaylightSavingSearchIntegrationTest extends AvailabilityIntegration {

	private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

	@Test
	void theSpringChangeDayOffersNoSlotInTheSkippedHour() {
		ZoneOffsetTransition gap = next(true);
		LocalDate day = gap.getDateTimeBefore().toLocalDate();
		String service = scenery.service(30, 0, 0, 1);
		long provider = nightOwl(service, day.getDayOfWeek(), "00:00", "05:00", 30);

		List<OffsetDateTime> starts = localStarts(service, provider, day);

		assertThat(starts).hasSize(8).noneMatch(start -> start.getHour() == gap.getDateTimeBefore().getHour());
		assertThat(starts).extracting(OffsetDateTime::getOffset)
			.containsOnly(gap.getOffsetBefore(), gap.getOffsetAfter());
	}

	@Test
	void theAutumnChangeDayOffersTheRepeatedHourOncePerOffset() {
		ZoneOffsetTransition overlap = next(false);
		LocalDate day = overlap.getDateTimeAfter().toLocalDate();
		String service = scenery.service(60, 0, 0, 1);
		long provider = nightOwl(service, day.getDayOfWeek(), "00:00", "04:00", 60);

		List<OffsetDateTime> starts = localStarts(service, provider, day);

		int repeatedHour = overlap.getDateTimeAfter().getHour();
		assertThat(starts).hasSize(5)
			.filteredOn(start -> start.getHour() == repeatedHour)
			.extracting(OffsetDateTime::getOffset)
			.containsExactly(overlap.getOffsetBefore(), overlap.getOffsetAfter());
	}

	private List<OffsetDateTime> localStarts(String service, long provider, LocalDate day) {
		Instant from = day.atStartOfDay(CHICAGO).toInstant();
		Instant to = day.plusDays(1).atStartOfDay(CHICAGO).toInstant();
		IntegrationClient.Answer answer = client
			.get("/api/v2/availability?serviceId={s}&providerId={p}&from={f}&to={t}&tz=America/Chicago", service,
					provider, from.toString(), to.toString())
			.toFuture()
			.join();
		assertThat(answer.status()).isEqualTo(200);
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> slots = (List<Map<String, Object>>) answer.body().get("slots");
		return slots.stream().map(slot -> OffsetDateTime.parse((String) slot.get("localStart"))).toList();
	}

	private long nightOwl(String service, DayOfWeek day, String start, String end, int gridMinutes) {
		long id = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE / 2);
		providers
			.save(id,
					new ScheduleDocument("America/Chicago",
							Map.of(day, List.of(new ScheduleDocument.Hours(start, end))), Map.of(), List.of(), 0, 730,
							gridMinutes, null, List.of(service)))
			.toFuture()
			.join();
		return id;
	}

	private static ZoneOffsetTransition next(boolean gap) {
		ZoneOffsetTransition transition = CHICAGO.getRules().nextTransition(Instant.now().plusSeconds(86_400));
		while (transition.isGap() != gap) {
			transition = CHICAGO.getRules().nextTransition(transition.getInstant());
		}
		return transition;
	}

}
