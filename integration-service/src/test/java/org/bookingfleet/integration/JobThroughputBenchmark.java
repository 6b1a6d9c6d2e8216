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
 * Prints how many jobs per second the service completes with every partner answering in 50 ms, and how long a
 * BookingConfirmed takes to reach the calendar (p50, p99). A measurement, not a test: it asserts nothing.
 * Run it alone: {@code mvn -f integration-service/pom.xml test -Dtest=JobThroughputBenchmark}.
 */
class JobThroughputBenchmark extends WithPartners {

    private static final int BOOKINGS = Integer.getInteger("benchmark.bookings", 300);

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
            await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(200))
                    .until(() -> succeededJobs() >= expected);
            // Finished means succeeded or dead; the dead are printed below.
            Duration elapsed = Duration.between(began, Instant.now());

            List<Long> delays = new ArrayList<>();
            for (LoggedRequest request : PARTNERS.findAll(postRequestedFor(
                    urlPathEqualTo("/calendar/v3/calendars/primary/events")))) {
                for (Map.Entry<String, Instant> booking : publishedAt.entrySet()) {
                    if (request.getBodyAsString().contains(booking.getKey())) {
                        delays.add(request.getLoggedDate().getTime() - booking.getValue().toEpochMilli());
                    }
                }
            }
            delays.sort(Long::compare);
            double jobsPerSecond = (expected - jobsBefore) * 1000.0 / elapsed.toMillis();
            System.out.printf("%nBENCHMARK integration-service: %d bookings, %d jobs in %d ms: %.1f jobs/s "
                            + "(partners answer in 50 ms)%n", BOOKINGS, expected - jobsBefore, elapsed.toMillis(),
                    jobsPerSecond);
            System.out.printf("BENCHMARK dead jobs: %d%n", deadJobs());
            System.out.printf("BENCHMARK BookingConfirmed -> calendar call: p50 %d ms, p99 %d ms, max %d ms (n=%d)%n%n",
                    percentile(delays, 50), percentile(delays, 99), delays.get(delays.size() - 1), delays.size());
            database.sql("select count(*) as jobs, min(created_at) as first, max(created_at) as last "
                            + "from integration_job where created_at >= :began")
                    .bind("began", began.plus(clockShift()))
                    .map(row -> String.format("BENCHMARK   consumer created %d jobs (reminders included) within %d ms",
                            row.get("jobs", Long.class), Duration.between(row.get("first", Instant.class),
                                    row.get("last", Instant.class)).toMillis()))
                    .one().doOnNext(System.out::println).block(Duration.ofSeconds(30));
            database.sql("select partner, count(*) as jobs, max(updated_at) as last from integration_job "
                            + "where status = 'SUCCEEDED' and updated_at >= :began group by partner order by partner")
                    .bind("began", began.plus(clockShift()))
                    .map(row -> String.format("BENCHMARK   %-16s %5d jobs, last done %6d ms after the first event",
                            row.get("partner", String.class), row.get("jobs", Long.class),
                            Duration.between(began.plus(clockShift()), row.get("last", Instant.class)).toMillis()))
                    .all().doOnNext(System.out::println).then().block(Duration.ofSeconds(30));
        } finally {
            PARTNERS.setGlobalFixedDelay(0);
        }
    }

    private void warmUp() {
        UUID bookingId = UUID.randomUUID();
        publish(confirmed(bookingId, "MOBILE", clock.instant().plus(Duration.ofDays(20)), "America/Chicago",
                List.of("EMAIL"), List.of()), bookingId, 2);
        await().atMost(Duration.ofMinutes(2)).until(() -> jobsOf(bookingId).stream()
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
