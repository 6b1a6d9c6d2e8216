package org.bookingfleet.pricing.bench;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import org.bookingfleet.pricing.PricingApplication;
import org.bookingfleet.testsupport.RealInfrastructure;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A load run of {@code POST /api/v2/services/pricing} against the running service on a
 * real PostgreSQL and Kafka: requests arrive at a fixed rate whatever the answers' pace
 * (open loop), over four kinds of quote (mobile notary with travel and a promo code,
 * remote notarization, a course for five, an hourly professional). Prints throughput and
 * latency p50/p99 per round; asserts nothing. Run: mvn -q -f pricing-service/pom.xml
 * test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.bookingfleet.pricing.bench.PricingLoadRun [-Dexec.args="200 20"]
 * (rate/s, seconds)
 */
public final class PricingLoadRun {

	private PricingLoadRun() {
	}

	public static void main(String[] args) {
		int rate = args.length > 0 ? Integer.parseInt(args[0]) : 200;
		int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(PricingApplication.class)
			.initializers(new RealInfrastructure())
			.properties("server.port=0", "logging.level.root=WARN", "logging.structured.format.console=")
			.run()) {
			int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
			WebClient client = WebClient.builder().baseUrl("http://localhost:" + port).build();
			List<Map<String, Object>> bodies = bodies();
			System.out.printf("POST /api/v2/services/pricing at %d requests/s for %d s per round%n", rate, seconds);
			round("warm-up", client, bodies, rate, Math.max(5, seconds / 4));
			for (int round = 1; round <= 3; round++) {
				round("round " + round, client, bodies, rate, seconds);
			}
		}
		// The test infrastructure leaves non-daemon threads behind, which would keep the
		// launcher waiting.
		System.exit(0);
	}

	private static void round(String name, WebClient client, List<Map<String, Object>> bodies, int rate, int seconds) {
		Queue<Long> latencies = new ConcurrentLinkedQueue<>();
		AtomicLong failures = new AtomicLong();
		long requests = (long) rate * seconds;
		long started = System.nanoTime();
		Flux.interval(Duration.ofNanos(1_000_000_000L / rate)).take(requests).flatMap(i -> {
			long sent = System.nanoTime();
			return client.post()
				.uri("/api/v2/services/pricing")
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue(bodies.get((int) (i % bodies.size())))
				.retrieve()
				.toBodilessEntity()
				.doOnSuccess(ok -> latencies.add(System.nanoTime() - sent))
				.onErrorResume(failure -> {
					failures.incrementAndGet();
					return Mono.empty();
				});
		}, Integer.MAX_VALUE).then().toFuture().join();
		double elapsed = (System.nanoTime() - started) / 1e9;
		List<Long> sorted = new ArrayList<>(latencies);
		Collections.sort(sorted);
		System.out.printf(
				"%-8s %6d ok, %4d failed in %5.1f s: %7.1f quotes/s, p50 %6.1f ms, p99 %6.1f ms, max %6.1f ms%n", name,
				sorted.size(), failures.get(), elapsed, sorted.size() / elapsed, millis(sorted, 0.50),
				millis(sorted, 0.99), millis(sorted, 1.0));
	}

	private static double millis(List<Long> sorted, double quantile) {
		if (sorted.isEmpty()) {
			return Double.NaN;
		}
		int index = (int) Math.min(sorted.size() - 1, Math.ceil(quantile * sorted.size()) - 1);
		return sorted.get(Math.max(0, index)) / 1e6;
	}

	private static List<Map<String, Object>> bodies() {
		ZoneId houston = ZoneId.of("America/Chicago");
		String saturdayEvening = LocalDate.now(houston)
			.plusDays(2)
			.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY))
			.atTime(LocalTime.of(18, 0))
			.atZone(houston)
			.toOffsetDateTime()
			.toString();
		String inThreeDays = LocalDate.now(houston)
			.plusDays(3)
			.atTime(LocalTime.of(11, 0))
			.atZone(houston)
			.toOffsetDateTime()
			.toString();
		ZoneId london = ZoneId.of("Europe/London");
		String courseMorning = LocalDate.now(london)
			.plusDays(10)
			.atTime(LocalTime.of(9, 0))
			.atZone(london)
			.toOffsetDateTime()
			.toString();
		ZoneId denver = ZoneId.of("America/Denver");
		String proMorning = LocalDate.now(denver)
			.plusDays(4)
			.atTime(LocalTime.of(10, 0))
			.atZone(denver)
			.toOffsetDateTime()
			.toString();
		return List.of(
				Map.of("serviceId", "hmnp-standard-notary", "scheduledDateTime", saturdayEvening, "address",
						Map.of("lat", 30.0498, "lng", -95.3698), "promoCode", "WELCOME10"),
				Map.of("serviceId", "hmnp-ron-acknowledgment", "scheduledDateTime", inThreeDays),
				Map.of("serviceId", "fa-emergency-first-aid-at-work", "scheduledDateTime", courseMorning, "attendees",
						5),
				Map.of("serviceId", "pro-handyman", "scheduledDateTime", proMorning, "durationMinutes", 90, "address",
						Map.of("postalCode", "80021", "country", "US")));
	}

}
