package org.bookingfleet.integration;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.Test;

/**
 * Prints how many jobs per second the service completes with every partner answering in
 * 50 ms, and how long a BookingConfirmed takes to reach the calendar (p50, p99): in a
 * burst of bookings (split into the consumer's part, up to the jobs' commit, and the
 * workers' part, up to the call) and one booking at a time. A measurement, not a test: it
 * asserts nothing. Run it alone:
 * {@code mvn -f integration-service/pom.xml test -Dtest=JobThroughputBenchmark}.
 */
class JobThroughputBenchmark extends WithPartners {

	private static final int BOOKINGS = Integer.getInteger("benchmark.bookings", 300);

	private static final int ONE_AT_A_TIME = Integer.getInteger("benchmark.one-at-a-time", 40);

	@Test
	void measureJobsPerSecondAndConfirmationToCalendarDelay() {
		PARTNERS.setGlobalFixedDelay(50);
		try {
			warmUp();
			Map<String, Instant> publishedAt = new HashMap<>();
			List<UUID> bookings = new ArrayList<>();
			Instant start = clock.instant().plus(Duration.ofDays(20)).truncatedTo(ChronoUnit.HOURS);
			long jobsBefore = succeededJobs();
			Instant began = Instant.now();
			for (int i = 0; i < BOOKINGS; i++) {
				UUID bookingId = UUID.randomUUID();
				bookings.add(bookingId);
				publishedAt.put(bookingId.toString(), Instant.now());
				publish(confirmed(bookingId, "MOBILE", start, "America/Chicago", List.of("EMAIL", "SMS"), List.of()),
						bookingId, 2);
			}
			long expected = jobsBefore + BOOKINGS * 7L;
			await().atMost(Duration.ofMinutes(10))
				.pollInterval(Duration.ofMillis(200))
				.until(() -> succeededJobs() >= expected);
			// Finished means succeeded or dead; the dead are printed below.
			Duration elapsed = Duration.between(began, Instant.now());

			List<Long> delays = new ArrayList<>();
			for (LoggedRequest request : PARTNERS
				.findAll(postRequestedFor(urlPathEqualTo("/calendar/v3/calendars/primary/events")))) {
				for (Map.Entry<String, Instant> booking : publishedAt.entrySet()) {
					if (request.getBodyAsString().contains(booking.getKey())) {
						delays.add(request.getLoggedDate().getTime() - booking.getValue().toEpochMilli());
					}
				}
			}
			delays.sort(Long::compare);
			List<Long> consumerDelays = new ArrayList<>();
			List<Long> workerDelays = new ArrayList<>();
			Map<String, Instant> created = calendarJobsCreatedAt(bookings);
			for (LoggedRequest request : PARTNERS
				.findAll(postRequestedFor(urlPathEqualTo("/calendar/v3/calendars/primary/events")))) {
				for (Map.Entry<String, Instant> job : created.entrySet()) {
					if (request.getBodyAsString().contains(job.getKey())) {
						consumerDelays.add(Duration.between(publishedAt.get(job.getKey()), job.getValue()).toMillis());
						workerDelays.add(request.getLoggedDate().getTime() - job.getValue().toEpochMilli());
					}
				}
			}
			consumerDelays.sort(Long::compare);
			workerDelays.sort(Long::compare);
			double jobsPerSecond = (expected - jobsBefore) * 1000.0 / elapsed.toMillis();
			System.out.printf(
					"%nBENCHMARK integration-service: %d bookings, %d jobs in %d ms: %.1f jobs/s "
							+ "(partners answer in 50 ms)%n",
					BOOKINGS, expected - jobsBefore, elapsed.toMillis(), jobsPerSecond);
			System.out.printf("BENCHMARK dead jobs: %d%n", deadJobs());
			System.out.printf("BENCHMARK BookingConfirmed -> calendar call: p50 %d ms, p99 %d ms, max %d ms (n=%d)%n%n",
					percentile(delays, 50), percentile(delays, 99), delays.get(delays.size() - 1), delays.size());
			System.out.printf(
					"BENCHMARK   of which BookingConfirmed -> jobs written (before the consumer's commit): "
							+ "p50 %d ms, p99 %d ms; jobs written -> calendar call: p50 %d ms, p99 %d ms%n",
					percentile(consumerDelays, 50), percentile(consumerDelays, 99), percentile(workerDelays, 50),
					percentile(workerDelays, 99));
			List<Long> oneAtATime = oneBookingAtATime(start);
			System.out.printf(
					"BENCHMARK one booking at a time: BookingConfirmed -> calendar call: p50 %d ms, "
							+ "p99 %d ms, max %d ms (n=%d)%n%n",
					percentile(oneAtATime, 50), percentile(oneAtATime, 99), oneAtATime.get(oneAtATime.size() - 1),
					oneAtATime.size());
			database
				.sql("select count(*) as jobs, min(created_at) as first, max(created_at) as last "
						+ "from integration_job where created_at >= :began")
				.bind("began", began.plus(clockShift()))
				.map(row -> String.format("BENCHMARK   consumer created %d jobs (reminders included) within %d ms",
						row.get("jobs", Long.class),
						Duration.between(row.get("first", Instant.class), row.get("last", Instant.class)).toMillis()))
				.one()
				.doOnNext(System.out::println)
				.block(Duration.ofSeconds(30));
			database
				.sql("select partner, count(*) as jobs, max(updated_at) as last from integration_job "
						+ "where status = 'SUCCEEDED' and updated_at >= :began group by partner order by partner")
				.bind("began", began.plus(clockShift()))
				.map(row -> String.format("BENCHMARK   %-16s %5d jobs, last done %6d ms after the first event",
						row.get("partner", String.class), row.get("jobs", Long.class),
						Duration.between(began.plus(clockShift()), row.get("last", Instant.class)).toMillis()))
				.all()
				.doOnNext(System.out::println)
				.then()
				.block(Duration.ofSeconds(30));
		}
		finally {
			PARTNERS.setGlobalFixedDelay(0);
		}
	}

	/**
	 * Each booking published once the one before reached the calendar: the delay without
	 * a queue in front.
	 */
	private List<Long> oneBookingAtATime(Instant start) {
		List<Long> delays = new ArrayList<>();
		for (int i = 0; i < ONE_AT_A_TIME; i++) {
			UUID bookingId = UUID.randomUUID();
			long publishedAt = System.currentTimeMillis();
			publish(confirmed(bookingId, "MOBILE", start, "America/Chicago", List.of("EMAIL"), List.of()), bookingId,
					2);
			List<LoggedRequest> calls = await().atMost(Duration.ofSeconds(60))
				.pollInterval(Duration.ofMillis(10))
				.until(() -> PARTNERS.findAll(postRequestedFor(urlPathEqualTo("/calendar/v3/calendars/primary/events")))
					.stream()
					.filter(request -> request.getBodyAsString().contains(bookingId.toString()))
					.toList(), found -> !found.isEmpty());
			delays.add(calls.get(0).getLoggedDate().getTime() - publishedAt);
		}
		delays.sort(Long::compare);
		return delays;
	}

	private Map<String, Instant> calendarJobsCreatedAt(List<UUID> bookings) {
		Map<String, Instant> created = new HashMap<>();
		Duration shift = clockShift();
		database
			.sql("select booking_id, created_at from integration_job where action = 'INSERT_CALENDAR_EVENT' "
					+ "and booking_id = any(:bookings)")
			.bind("bookings", bookings.toArray(UUID[]::new))
			.map(row -> Map.entry(row.get("booking_id", UUID.class).toString(),
					row.get("created_at", Instant.class).minus(shift)))
			.all()
			.doOnNext(entry -> created.put(entry.getKey(), entry.getValue()))
			.then()
			.block(Duration.ofSeconds(30));
		return created;
	}

	private void warmUp() {
		UUID bookingId = UUID.randomUUID();
		publish(confirmed(bookingId, "MOBILE", clock.instant().plus(Duration.ofDays(20)), "America/Chicago",
				List.of("EMAIL"), List.of()), bookingId, 2);
		await().atMost(Duration.ofMinutes(2))
			.until(() -> jobsOf(bookingId).stream()
				.filter(job -> !job.payload().containsKey("reminder"))
				.allMatch(job -> job.status() == org.bookingfleet.integration.job.JobStatus.SUCCEEDED)
					&& !jobsOf(bookingId).isEmpty());
	}

	private Duration clockShift() {
		return Duration.between(Instant.now(), clock.instant()).truncatedTo(ChronoUnit.SECONDS);
	}

	private long succeededJobs() {
		return count("select count(*) from integration_job where status in ('SUCCEEDED', 'DEAD')", Map.of());
	}

	private long deadJobs() {
		return count("select count(*) from integration_job where status = 'DEAD'", Map.of());
	}

	private static long percentile(List<Long> sorted, int percent) {
		int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
	}

}
