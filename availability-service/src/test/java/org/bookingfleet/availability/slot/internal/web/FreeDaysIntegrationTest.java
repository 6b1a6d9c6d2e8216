package org.bookingfleet.availability.slot.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.bookingfleet.availability.AvailabilityIntegration;
import org.bookingfleet.availability.IntegrationClient.Answer;
import org.bookingfleet.availability.Scenery;
import org.junit.jupiter.api.Test;

class FreeDaysIntegrationTest extends AvailabilityIntegration {

	private static final String DAYS = "/api/v2/availability/days?serviceId={s}&providerId={p}&month={m}&tz={z}"
			+ "&durationMinutes={d}";

	@Test
	void theMonthListsTheWorkingDaysWithTheirFreeTimesOnTheServicesClock() {
		String service = scenery.service(60, 0, 0, 1);
		long provider = scenery.provider(service);
		Instant ten = Scenery.nextMondayAt("10:00");
		LocalDate monday = ten.atZone(Scenery.CHICAGO).toLocalDate();

		Answer answer = days(service, provider, YearMonth.from(monday), "", "");

		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.body()).containsEntry("timeZone", "America/Chicago")
			.containsEntry("month", YearMonth.from(monday).toString());
		List<Map<String, Object>> days = days(answer);
		assertThat(days).extracting(day -> LocalDate.parse((String) day.get("date")))
			.allSatisfy(date -> assertThat(date.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY))
			.allSatisfy(date -> assertThat(YearMonth.from(date)).isEqualTo(YearMonth.from(monday)))
			.contains(monday);
		// 09:00 to 16:00 every half hour: fifteen one-hour starts, the first at nine
		assertThat(day(days, monday)).containsEntry("count", 15)
			.containsEntry("firstStart", Scenery.nextMondayAt("09:00").toString());
	}

	@Test
	void aHeldTimeTakesItsStartsOffItsDayButAnotherProviderKeepsTheTimesOffered() {
		String service = scenery.service(60, 0, 0, 1);
		long first = scenery.provider(service);
		long second = scenery.provider(service);
		Instant ten = Scenery.nextMondayAt("10:00");
		LocalDate monday = ten.atZone(Scenery.CHICAGO).toLocalDate();
		assertThat(client.hold(service, first, ten, 1).toFuture().join().status()).isEqualTo(201);

		Map<String, Object> oneProvider = day(days(days(service, first, YearMonth.from(monday), "", "")), monday);
		Answer any = days(service, null, YearMonth.from(monday), "", "");
		Map<String, Object> anyProvider = day(days(any), monday);

		// 09:30, 10:00 and 10:30 would overlap the held hour
		assertThat(oneProvider).containsEntry("count", 12);
		assertThat(anyProvider).containsEntry("count", 15);
		assertThat((List<?>) any.body().get("providers")).extracting(id -> ((Number) id).longValue())
			.containsExactlyInAnyOrder(first, second);
	}

	@Test
	void theDaysOfAnotherZoneAreThatZonesCalendarDays() {
		String service = scenery.service(60, 0, 0, 1);
		long provider = scenery.provider(service);
		LocalDate monday = Scenery.nextMondayAt("10:00").atZone(Scenery.CHICAGO).toLocalDate();
		ZoneId tokyo = ZoneId.of("Asia/Tokyo");

		Answer answer = days(service, provider, YearMonth.from(monday), "Asia/Tokyo", "");

		assertThat(answer.body()).containsEntry("timeZone", "Asia/Tokyo");
		// Chicago's working hours fall on the next calendar day in Tokyo: Tuesday to
		// Saturday
		assertThat(days(answer)).isNotEmpty().allSatisfy(day -> {
			LocalDate date = LocalDate.parse((String) day.get("date"));
			assertThat(Instant.parse((String) day.get("firstStart")).atZone(tokyo).toLocalDate()).isEqualTo(date);
			assertThat(date.getDayOfWeek()).isNotIn(DayOfWeek.SUNDAY, DayOfWeek.MONDAY);
		});
	}

	@Test
	void aServiceOfVariableLengthCountsTheStartsWhereTheChosenLengthFits() {
		String hourly = scenery.hourlyService(null, null);
		long provider = scenery.provider(hourly);
		LocalDate monday = Scenery.nextMondayAt("10:00").atZone(Scenery.CHICAGO).toLocalDate();

		Map<String, Object> oneHour = day(days(days(hourly, provider, YearMonth.from(monday), "", "60")), monday);
		Map<String, Object> threeHours = day(days(days(hourly, provider, YearMonth.from(monday), "", "180")), monday);

		assertThat(oneHour).containsEntry("count", 15);
		assertThat(threeHours).containsEntry("count", 11);
	}

	@Test
	void badInputIsRefusedWithTheFieldNamed() {
		String service = scenery.service(60, 0, 0, 1);
		long provider = scenery.provider(service);
		YearMonth month = YearMonth.now(Scenery.CHICAGO);

		assertRefused(client.get("/api/v2/availability/days?serviceId={s}", service).toFuture().join(), 400, "month");
		for (String malformed : List.of("2026-13", "2026-1", "12-2026", "2026-12-01", "+99999-01", "9999-12")) {
			assertRefused(client.get("/api/v2/availability/days?serviceId={s}&month={m}", service, malformed)
				.toFuture()
				.join(), 400, "month");
		}
		assertRefused(client.get("/api/v2/availability/days?month={m}", month.toString()).toFuture().join(), 400,
				"serviceId");
		assertRefused(days(service, 0L, month, "", ""), 400, "providerId");
		assertRefused(days(service, provider, month, "Atlantis/Capital", ""), 400, "tz");
		assertRefused(days(service, provider, month, "", "45"), 400, "durationMinutes");
		Answer unknown = days("no-such-service", provider, month, "", "");
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.error()).containsEntry("code", "INVALID_SERVICE");
	}

	private Answer days(String service, Long provider, YearMonth month, String tz, String duration) {
		return client.get(DAYS, service, provider == null ? "" : provider, month.toString(), tz, duration)
			.toFuture()
			.join();
	}

	private static void assertRefused(Answer answer, int status, String field) {
		assertThat(answer.status()).isEqualTo(status);
		assertThat(answer.error()).containsEntry("code", "VALIDATION_FAILED").containsEntry("field", field);
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> days(Answer answer) {
		assertThat(answer.status()).as("the answer %s", answer.body()).isEqualTo(200);
		return (List<Map<String, Object>>) answer.body().get("days");
	}

	private static Map<String, Object> day(List<Map<String, Object>> days, LocalDate date) {
		return days.stream()
			.filter(day -> date.toString().equals(day.get("date")))
			.findFirst()
			.orElseThrow(() -> new AssertionError(date + " is not among " + days));
	}

}
